namespace Lantern.Reading.Internal;

/// <summary>Text decoded from UTF-8 bytes, with the reader's warnings and whether a byte-order mark was dropped.</summary>
internal sealed record DecodedText(string Text, IReadOnlyList<string> Warnings, bool HadByteOrderMark);

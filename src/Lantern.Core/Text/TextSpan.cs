namespace Lantern.Text;

/// <summary>
/// The one offset type of Lantern: a range of UTF-16 code units in the article text exactly as read
/// (the .NET string after decoding; a byte-order mark is not part of the text). End is exclusive.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>The shared range, or null when the spans do not overlap.</summary>
    public TextSpan? Intersection(TextSpan other)
    {
        var start = Math.Max(Start, other.Start);
        var end = Math.Min(End, other.End);
        return start < end ? FromBounds(start, end) : null;
    }

    /// <summary>The text this span covers; throws when the span lies outside <paramref name="text"/>.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(text), $"span {this} lies outside a text of {text.Length} chars");
        }

        return text.Substring(Start, Length);
    }

    public ReadOnlySpan<char> SliceOf(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}

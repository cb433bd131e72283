namespace Lantern.Errors;

/// <summary>The input cannot be read as asked (empty, binary, invalid UTF-8, too large, malformed). CLI exit code 2.</summary>
public sealed class InputRejectedException : LanternException
{
    internal InputRejectedException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

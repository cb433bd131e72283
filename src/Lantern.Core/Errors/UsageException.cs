namespace Lantern.Errors;

/// <summary>The command was asked wrongly (unknown option value, missing file argument). CLI exit code 1.</summary>
public sealed class UsageException : LanternException
{
    internal UsageException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

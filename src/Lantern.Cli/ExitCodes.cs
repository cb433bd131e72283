namespace Lantern.Cli;

/// <summary>The fixed exit codes of <c>lantern</c>.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad arguments: unknown verb or option, missing or invalid value (Spectre parse errors included).</summary>
    public const int Usage = 1;

    /// <summary>The input was rejected: missing, empty, binary, invalid UTF-8, too large, malformed.</summary>
    public const int InputRejected = 2;

    /// <summary>A model problem or any other (internal) error.</summary>
    public const int Internal = 3;
}

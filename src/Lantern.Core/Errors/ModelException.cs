namespace Lantern.Errors;

/// <summary>A model file is missing, corrupt or of the wrong version. CLI exit code 3.</summary>
public sealed class ModelException : LanternException
{
    internal ModelException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

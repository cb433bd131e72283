namespace Lantern.Errors;

/// <summary>
/// The base of Lantern's few exception types. Messages are one line, meant for a user, and are
/// created by the factories in <see cref="LanternErrors"/>.
/// </summary>
public abstract class LanternException : Exception
{
    protected LanternException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

namespace Lantern.Store;

/// <summary>
/// Whose findings a corpus query counts: every span, only those in the author's own voice, or only quoted and
/// reported speech. Spans stored before voices were recorded (schema version 2 and earlier) have no voice: only
/// <see cref="All"/> counts them.
/// </summary>
public enum VoiceFilter
{
    All,
    Author,
    Quoted,
}

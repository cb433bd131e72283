namespace Lantern.Store;

/// <summary>The names of <see cref="VoiceFilter"/> values used by the CLI (<c>--voice</c>), the API (<c>?voice=</c>) and their output.</summary>
public static class VoiceFilters
{
    /// <summary>The accepted names, in the order help texts list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["all", "author", "quoted"];

    /// <summary>The filter named <paramref name="name"/> (case-insensitive, trimmed); null when it is none of <see cref="Names"/>.</summary>
    public static VoiceFilter? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "all" => VoiceFilter.All,
        "author" => VoiceFilter.Author,
        "quoted" => VoiceFilter.Quoted,
        _ => null,
    };

    /// <summary>"all", "author" or "quoted".</summary>
    public static string Name(this VoiceFilter voice) => voice switch
    {
        VoiceFilter.Author => "author",
        VoiceFilter.Quoted => "quoted",
        _ => "all",
    };

    /// <summary>What was counted, for a line under a table: "voices counted: author (the author's own words)".</summary>
    public static string Describe(this VoiceFilter voice) => voice switch
    {
        VoiceFilter.Author => "voices counted: author (spans in the author's own words)",
        VoiceFilter.Quoted => "voices counted: quoted (spans in quoted or reported speech)",
        _ => "voices counted: all (author, quoted, reported and spans stored without a voice)",
    };
}

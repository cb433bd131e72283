namespace Lantern.Store;

/// <summary>
/// One technique within one group: <see cref="Articles"/> and <see cref="Words"/> are the group's totals,
/// <see cref="Spans"/> the technique's spans in it, <see cref="ArticlesWithTechnique"/> how many of its articles have one.
/// </summary>
public sealed record StatsRow(string Group, string Technique, long Articles, long Words, long Spans, long ArticlesWithTechnique)
{
    public double PerThousandWords => Words == 0 ? 0 : Spans * 1000.0 / Words;

    public double PerArticle => Articles == 0 ? 0 : (double)Spans / Articles;

    public double ShareOfArticles => Articles == 0 ? 0 : (double)ArticlesWithTechnique / Articles;

    /// <summary>Which spans <see cref="Spans"/> counts: "all", "author" or "quoted" (see <see cref="VoiceFilter"/>).</summary>
    public string Voice { get; init; } = "all";

    /// <summary>The group's articles whose author calls for civic action (and nothing more severe).</summary>
    public long ArticlesCivic { get; init; }

    /// <summary>The group's articles whose author calls for hostile action (and nothing violent).</summary>
    public long ArticlesHostile { get; init; }

    /// <summary>The group's articles whose author calls for violence.</summary>
    public long ArticlesViolent { get; init; }

    /// <summary>The group's articles analysed before calls to action were stored: their flag is unknown.</summary>
    public long ArticlesFlagUnknown { get; init; }
}

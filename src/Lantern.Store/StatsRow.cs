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
}

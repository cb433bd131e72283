using Lantern.Analysis.Rendering;
using Lantern.Taxonomy;

namespace Lantern.Web.Api;

/// <summary>Builds <see cref="TaxonomyResponse"/> from <see cref="Labels"/> and <see cref="TechniqueDescriptions"/>.</summary>
public static class TaxonomyCatalog
{
    public static TaxonomyResponse Response { get; } = Create();

    private static TaxonomyResponse Create()
    {
        var techniques = new List<TechniqueInfo>();
        for (var i = 0; i < Labels.Techniques.Count; i++)
        {
            var t = Labels.Techniques[i];
            var d = TechniqueDescriptions.Find(t.Label) ?? throw new InvalidOperationException($"no description for {t.Label}");
            techniques.Add(new TechniqueInfo(t.Label, d.Name, d.Abbreviation, t.Family.ToString(), d.Definition, d.Example, TechniquePalette.Colour(t.Label), $"t{i}"));
        }

        return new TaxonomyResponse(techniques, [.. Labels.Frames.Select(Info)], [.. Labels.Genres.Select(Info)]);
    }

    private static LabelInfo Info(string label)
    {
        var d = TechniqueDescriptions.Find(label) ?? throw new InvalidOperationException($"no description for {label}");
        return new LabelInfo(d.Label, d.Name, d.Abbreviation, d.Definition, d.Example);
    }
}

namespace Lantern.Analysis.Rendering;

/// <summary>
/// A fixed colour per technique (taxonomy order), shared by the terminal and HTML views so that a
/// technique has the same colour everywhere.
/// </summary>
public static class TechniquePalette
{
    // 23 distinguishable colours (after Sasha Trubetskoy's list, extended), one per technique.
    private static readonly string[] Colours =
    [
        "#e6194b", "#3cb44b", "#c9a400", "#4363d8", "#f58231", "#911eb4", "#1fa8b8", "#d633c9",
        "#7fa800", "#d48a8a", "#469990", "#a87fd6", "#9a6324", "#a39f6b", "#800000", "#3aa371",
        "#808000", "#c7895a", "#000075", "#c2185b", "#5c6bc0", "#00897b", "#6d4c41",
    ];

    /// <summary>The colour (#rrggbb) of a technique; labels outside the taxonomy get a stable colour from their hash.</summary>
    public static string Colour(string technique)
    {
        var labels = Taxonomy.Labels.TechniqueLabels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == technique)
            {
                return Colours[i % Colours.Length];
            }
        }

        var h = 0;
        foreach (var c in technique)
        {
            h = unchecked((h * 31) + c);
        }

        return Colours[(h & int.MaxValue) % Colours.Length];
    }
}

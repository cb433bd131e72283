using System.Globalization;
using System.Text;
using Lantern.Analysis.Rendering;
using Lantern.Taxonomy;

namespace Lantern.Web.Internal;

/// <summary>
/// One CSS class per technique (<c>.t0</c> … <c>.t22</c>, taxonomy order) in the palette the terminal and HTML
/// reports use, so the page colours highlights through classes and never needs an inline style.
/// </summary>
internal static class TechniqueStyles
{
    public const string FileName = "techniques.css";

    public static string Css()
    {
        var css = new StringBuilder("/* generated from Lantern.Analysis.Rendering.TechniquePalette */\n");
        for (var i = 0; i < Labels.Techniques.Count; i++)
        {
            var colour = TechniquePalette.Colour(Labels.Techniques[i].Label);
            css.Append(CultureInfo.InvariantCulture, $".t{i} {{ --c: {colour}; }}\n");
        }

        return css.ToString();
    }
}

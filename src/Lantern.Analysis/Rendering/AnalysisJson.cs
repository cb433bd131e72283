using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Lantern.Analysis.Rendering;

/// <summary>
/// The JSON form of an <see cref="ArticleAnalysis"/> (camelCase): id, title, language {code, confidence},
/// genre {label, scores}, frames, paragraphs, spans, warnings, model, the article text every offset
/// points into (for HTML input this is the extracted text, not the page), and timing only when asked
/// (so the same article always gives the same bytes).
/// </summary>
public static class AnalysisJson
{
    private static readonly JsonSerializerOptions Stable = Create(includeTiming: false);
    private static readonly JsonSerializerOptions Timed = Create(includeTiming: true);

    public static string Serialize(ArticleAnalysis analysis, bool includeTiming = false) =>
        JsonSerializer.Serialize(analysis, includeTiming ? Timed : Stable);

    public static void Write(Stream stream, ArticleAnalysis analysis, bool includeTiming = false) =>
        JsonSerializer.Serialize(stream, analysis, includeTiming ? Timed : Stable);

    /// <summary>The options used, for callers that embed analyses in their own JSON.</summary>
    public static JsonSerializerOptions Options(bool includeTiming = false) => includeTiming ? Timed : Stable;

    private static JsonSerializerOptions Create(bool includeTiming)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type != typeof(ArticleAnalysis))
            {
                return;
            }

            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                var name = info.Properties[i].Name;
                if (!includeTiming && name == "timing")
                {
                    info.Properties.RemoveAt(i);
                }
            }
        });

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,

            // Letters of every script as themselves (Arabic stays readable); <, >, & and quotes stay escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly();
        return options;
    }
}

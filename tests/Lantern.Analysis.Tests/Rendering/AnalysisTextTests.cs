using Lantern.Analysis.Rendering;

namespace Lantern.Analysis.Tests.Rendering;

public sealed class AnalysisTextTests
{
    [Fact]
    public void Given_nested_spans_When_rendered_as_plain_text_Then_markers_enclose_exactly_the_span_text_with_legend_numbers()
    {
        var text = "Title\n\nThese corrupt cowards betrayed us all.\n";
        var analysis = AnalysisSamples.With(
            text,
            "Title",
            ("Loaded_Language", AnalysisSamples.Find(text, "corrupt cowards betrayed")),
            ("Name_Calling-Labeling", AnalysisSamples.Find(text, "cowards")));

        var rendered = AnalysisText.Render(analysis, markup: false);

        Assert.Contains("These ⟦corrupt ⟦cowards⟧² betrayed⟧¹ us all.", rendered, StringComparison.Ordinal);
        Assert.Contains("1 Loaded_Language (1)", rendered, StringComparison.Ordinal);
        Assert.Contains("2 Name_Calling-Labeling (1)", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_article_text_with_square_brackets_When_rendered_as_markup_Then_every_bracket_of_the_article_is_escaped()
    {
        var text = "[bold]Title[/]\n\nHe said [red]nothing[/] about [link=x]it].\n";
        var analysis = AnalysisSamples.With(text, "[bold]Title[/]", ("Doubt", AnalysisSamples.Find(text, "[red]nothing[/]")));

        var rendered = AnalysisText.Render(analysis, markup: true);

        Assert.Contains("[[red]]nothing[[/]]", rendered, StringComparison.Ordinal);
        Assert.Contains("[[link=x]]it]]", rendered, StringComparison.Ordinal);
        Assert.Contains("[[bold]]Title[[/]]", rendered, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\[)\[red\]", rendered);
    }

    [Fact]
    public void Given_markup_text_When_unescaped_and_stripped_of_tags_Then_it_equals_the_plain_rendering()
    {
        var text = "T [x]\n\nA [b] sharp ] point.\n";
        var analysis = AnalysisSamples.With(text, null, ("Slogans", AnalysisSamples.Find(text, "[b] sharp ]")));

        var plain = AnalysisText.Render(analysis, markup: false);
        var markup = AnalysisText.Render(analysis, markup: true);

        Assert.Equal(plain, StripMarkup(markup));
    }

    // The inverse of Spectre markup for the tags this renderer writes: drop [style]/[/] tags, then unescape.
    private static string StripMarkup(string markup)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < markup.Length; i++)
        {
            var c = markup[i];
            if ((c == '[' || c == ']') && i + 1 < markup.Length && markup[i + 1] == c)
            {
                sb.Append(c);
                i++;
            }
            else if (c == '[')
            {
                i = markup.IndexOf(']', i);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

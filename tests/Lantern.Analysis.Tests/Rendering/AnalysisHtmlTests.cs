using System.Text.RegularExpressions;
using Lantern.Analysis.Rendering;

namespace Lantern.Analysis.Tests.Rendering;

public sealed class AnalysisHtmlTests
{
    private const string Hostile = "Breaking <script>alert('x')</script> & \"more\"\n\nThey said <img src=x onerror=alert(1)> was a <b>disgrace</b>.\n";

    [Fact]
    public void Given_article_text_with_markup_When_rendered_Then_no_element_of_the_article_survives_and_the_text_reads_back()
    {
        var text = Hostile;
        var analysis = AnalysisSamples.With(text, "<script>alert('title')</script>", ("Loaded_Language", AnalysisSamples.Find(text, "<script>alert('x')</script>")), ("Name_Calling-Labeling", AnalysisSamples.Find(text, "<b>disgrace</b>")));

        var html = AnalysisHtml.Render(analysis);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_analysis_When_rendered_Then_the_page_is_self_contained()
    {
        var text = "A headline\n\nThe plan is a shameful betrayal of every voter.\n";
        var html = AnalysisHtml.Render(AnalysisSamples.With(text, "A headline", ("Loaded_Language", AnalysisSamples.Find(text, "shameful betrayal"))));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("<script|<link|src=\"http|href=\"http|@import", RegexOptions.IgnoreCase), html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_overlapping_spans_When_rendered_Then_the_shared_text_carries_both_underlines_and_each_legend_count()
    {
        var text = "Title\n\nThese corrupt cowards betrayed us all.\n";
        var outer = AnalysisSamples.Find(text, "corrupt cowards betrayed");
        var inner = AnalysisSamples.Find(text, "cowards");
        var html = AnalysisHtml.Render(AnalysisSamples.With(text, "Title", ("Loaded_Language", outer), ("Name_Calling-Labeling", inner)));

        var loaded = TechniquePalette.Colour("Loaded_Language");
        var naming = TechniquePalette.Colour("Name_Calling-Labeling");
        var marks = Regex.Matches(html, "<mark style=\"box-shadow:([^\"]*)\" title=\"[^\"]*\">([^<]*)</mark>");
        Assert.Equal(["corrupt ", "cowards", " betrayed"], marks.Select(m => m.Groups[2].Value));
        Assert.Contains(loaded, marks[1].Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains(naming, marks[1].Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain(naming, marks[0].Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("Loaded_Language (1)", html, StringComparison.Ordinal);
        Assert.Contains("Name_Calling-Labeling (1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_any_spans_When_rendered_Then_the_visible_article_text_is_the_article_text()
    {
        var text = "Title <x>\n\nOne & two 😀 \"three\" four five six.\nلقد كانت خطة سيئة\n";
        var spans = new[]
        {
            ("Doubt", AnalysisSamples.Find(text, "two 😀 \"three\"")),
            ("Repetition", AnalysisSamples.Find(text, "\"three\" four")),
            ("Loaded_Language", AnalysisSamples.Find(text, "خطة سيئة")),
        };
        var html = AnalysisHtml.Render(AnalysisSamples.With(text, null, spans));

        var article = Regex.Match(html, "<article>(.*)</article>", RegexOptions.Singleline).Groups[1].Value;
        var paragraphs = Regex.Matches(article, "<p class=\"para\" dir=\"auto\"><span class=\"ln\">\\d+</span>(.*?)(<span class=\"plabel\">.*?</span>)?</p>")
            .Select(m => System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", string.Empty)));
        Assert.Equal(["Title <x>", "One & two 😀 \"three\" four five six.", "لقد كانت خطة سيئة"], paragraphs);
    }
}

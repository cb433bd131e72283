using System.Text;
using Lantern.Articles;
using Lantern.Errors;
using Lantern.Reading;
using Lantern.Segmentation;
using Lantern.Text;

namespace Lantern.Core.Tests.Reading;

public sealed class HtmlArticleReaderTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Harbour reopens | The Coast Gazette</title>
          <meta property="og:title" content="Harbour reopens after storm">
          <meta property="og:site_name" content="The Coast Gazette">
          <meta property="og:url" content="https://gazette.example/og-url">
          <link rel="canonical" href="https://gazette.example/news/harbour-reopens">
          <meta name="author" content="Meta Author">
          <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
          <script>var tracking = "SCRIPT TEXT";</script>
          <style>.x { color: red }</style>
        </head>
        <body>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
          <div class="ad-slot">Buy shoes now</div>
          <article>
            <h1>Harbour reopens
                after storm</h1>
            <p>The harbour   reopened on <b>Monday</b>, three days after the storm.</p>
            <div class="share-bar">Share on social media</div>
            <p>Fishing boats &amp; ferries returned before noon.</p>
            <blockquote>"We are back," said the harbour master.</blockquote>
            <ul><li>Ferries: running</li><li>Cargo: delayed</li></ul>
          </article>
          <aside>Related: other storms</aside>
          <section id="comments"><p>First comment!</p></section>
          <footer>Copyright</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Given_a_news_page_When_read_Then_the_text_is_the_article_one_block_per_line_with_blank_lines_between()
    {
        var article = HtmlArticleReader.FromHtml(NewsPage, "harbour");

        Assert.Equal(
            "Harbour reopens after storm\n\n"
            + "The harbour reopened on Monday, three days after the storm.\n\n"
            + "Fishing boats & ferries returned before noon.\n\n"
            + "\"We are back,\" said the harbour master.\n\n"
            + "Ferries: running\n\n"
            + "Cargo: delayed",
            article.Text);
        Assert.Equal("html", article.Format);
    }

    [Fact]
    public void Given_a_news_page_When_read_Then_metadata_comes_from_the_meta_tags()
    {
        var article = HtmlArticleReader.FromHtml(NewsPage, "harbour");

        Assert.Equal("Harbour reopens after storm", article.Title);
        Assert.Equal("Harbour reopens after storm", article.TitleSpan!.Value.Of(article.Text));
        Assert.Equal(new TextSpan(0, 27), article.TitleSpan);
        Assert.StartsWith("The harbour reopened", article.Body.Of(article.Text), StringComparison.Ordinal);
        Assert.Equal("https://gazette.example/news/harbour-reopens", article.Url);
        Assert.Equal("The Coast Gazette", article.Source);
        Assert.Equal("Meta Author", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Given_a_news_page_When_read_Then_paragraphs_are_the_non_empty_lines_with_exact_offsets()
    {
        var article = HtmlArticleReader.FromHtml(NewsPage, "harbour");

        var paragraphs = LineParagraphs.Split(article.Text);

        Assert.Equal([1, 3, 5, 7, 9, 11], paragraphs.Select(p => p.Line));
        Assert.Equal("Fishing boats & ferries returned before noon.", paragraphs[2].Span.Of(article.Text));
        Assert.Equal(new TextSpan(90, 45), paragraphs[2].Span);
    }

    [Fact]
    public void Given_JSON_LD_in_a_graph_When_read_Then_author_date_and_headline_come_from_the_NewsArticle_node()
    {
        const string html = """
            <html><head>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example Site","url":"https://example.org"},
              {"@type":["NewsArticle"],"headline":"Wind farm approved","datePublished":"2023-11-02T10:00:00Z",
               "author":[{"@type":"Person","name":"Ana Silva"},{"@id":"#p2"}],
               "publisher":{"@type":"Organization","name":"Example News"},"url":"https://example.org/wind"},
              {"@type":"Person","@id":"#p2","name":"Tom Berg"}
            ]}
            </script>
            <meta name="author" content="Somebody Else">
            </head><body><main><p>The council approved the wind farm on Thursday after a long debate.</p>
            <p>Construction begins next spring.</p></main></body></html>
            """;

        var article = HtmlArticleReader.FromHtml(html, "wind");

        Assert.Equal("Wind farm approved", article.Title);
        Assert.Equal("Ana Silva, Tom Berg", article.Author);
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 10, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Example News", article.Source);
        Assert.Equal("https://example.org/wind", article.Url);
        // The headline is not in the content block: it is put on line 1, as in SemEval files.
        Assert.Equal("Wind farm approved\n\nThe council approved the wind farm on Thursday after a long debate.\n\nConstruction begins next spring.", article.Text);
        Assert.Equal("Wind farm approved", article.TitleSpan!.Value.Of(article.Text));
    }

    // Found by fuzzing (fuzz/findings/html/jsonld-lone-surrogate.html): a lone-surrogate escape in JSON-LD threw
    // InvalidOperationException out of the reader; a broken block is now ignored like malformed JSON.
    [Fact]
    public void Given_JSON_LD_with_a_lone_surrogate_escape_When_read_Then_the_block_is_ignored_and_the_page_is_read()
    {
        const string html = """
            <html><head><title>Harbour news</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bad \ud800 escape","author":"Jo \udc00 Lund"}</script>
            <meta name="author" content="Kim Ek">
            </head><body><main><p>The harbour reopened on Monday after the storm.</p></main></body></html>
            """;

        var article = HtmlArticleReader.FromHtml(html, "harbour");

        Assert.Equal("Kim Ek", article.Author);
        Assert.DoesNotContain("Bad", article.Title ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("The harbour reopened on Monday after the storm.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"author\":\"Jo Lund\"", "Jo Lund")]
    [InlineData("\"author\":{\"@type\":\"Person\",\"name\":\"Jo Lund\"}", "Jo Lund")]
    [InlineData("\"author\":[\"Jo Lund\",{\"name\":\"Kim Ek\"}]", "Jo Lund, Kim Ek")]
    public void Given_a_JSON_LD_author_as_string_object_or_array_When_read_Then_the_names_are_joined(string author, string expected)
    {
        var html = $$"""
            <html><head><script type="application/ld+json">{"@type":"Article",{{author}},"datePublished":"2022-01-02"}</script></head>
            <body><p>Some paragraph text long enough to count as the article body.</p></body></html>
            """;

        var article = HtmlArticleReader.FromHtml(html, "a");

        Assert.Equal(expected, article.Author);
        Assert.Equal(new DateTimeOffset(2022, 1, 2, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Theory]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2021-06-07T12:00:00Z\">")]
    [InlineData("<meta name=\"sailthru.date\" content=\"2021-06-07 12:00:00\">")]
    [InlineData("<meta name=\"dc.date\" content=\"2021-06-07T12:00:00Z\">")]
    [InlineData("<meta property=\"og:published_time\" content=\"2021-06-07T12:00:00Z\">")]
    [InlineData("<meta name=\"date\" content=\"2021-06-07T12:00:00Z\">")]
    public void Given_a_date_meta_tag_When_read_Then_it_is_the_published_date(string meta)
    {
        var html = $"<html><head>{meta}</head><body><p>Body text of the page.</p></body></html>";

        var article = HtmlArticleReader.FromHtml(html, "d");

        Assert.Equal(new DateTimeOffset(2021, 6, 7, 12, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Given_no_article_element_When_read_Then_the_block_with_most_paragraph_text_is_the_content()
    {
        const string html = """
            <html><head><title>Plain page</title></head><body>
            <div id="menu-left"><p>Home</p><p>About</p></div>
            <div class="column">
              <h1>Library extends its hours</h1>
              <p>The city library will stay open until nine in the evening from next week.</p>
              <p>Staff numbers rise by four.</p>
            </div>
            <div class="teaser"><p>Short teaser.</p></div>
            </body></html>
            """;

        var article = HtmlArticleReader.FromHtml(html, "lib");

        Assert.Equal("Library extends its hours", article.Title);
        Assert.Equal(
            "Library extends its hours\n\nThe city library will stay open until nine in the evening from next week.\n\nStaff numbers rise by four.",
            article.Text);
        Assert.Equal(new TextSpan(0, 25), article.TitleSpan);
    }

    [Fact]
    public void Given_hostile_HTML_When_read_Then_no_script_style_comment_or_attribute_text_leaks_into_the_text()
    {
        const string html = """
            <html><head><script>alert("HEAD-SCRIPT")</script></head><body>
            <article>
            <p>Safe <img src=x onerror="alert('ONERROR')"> words<script>document.write("BODY-SCRIPT")</script> here.</p>
            <!-- COMMENT <p>hidden</p> -->
            <p><![CDATA[ CDATA-TEXT ]]>Entities: &lt;b&gt; &amp; &eacute; &#x1F600; &nbsp;end</p>
            <noscript>NOSCRIPT-TEXT</noscript><style>p::after { content: "STYLE-TEXT" }</style>
            <template><p>TEMPLATE-TEXT</p></template>
            <p style="display:none">HIDDEN-TEXT</p><p hidden>HIDDEN-ATTR</p>
            <iframe srcdoc="<p>IFRAME</p>">IFRAME-TEXT</iframe>
            <svg><script>SVG-SCRIPT</script><text>SVG-TEXT</text></svg>
            <p>Last <scr<script>x</script>ipt>paragraph.</p>
            </article></body></html>
            """;

        var article = HtmlArticleReader.FromHtml(html, "hostile");

        foreach (var leak in new[] { "SCRIPT", "ONERROR", "COMMENT", "CDATA", "NOSCRIPT", "STYLE", "TEMPLATE", "HIDDEN", "IFRAME", "SVG", "alert" })
        {
            Assert.False(article.Text.Contains(leak, StringComparison.Ordinal), $"{leak} leaked into: {article.Text}");
        }

        Assert.Contains("Safe words here.", article.Text, StringComparison.Ordinal);
        // Entities are decoded into text (an escaped tag is text, not markup); &nbsp; collapses like a space.
        Assert.Contains("Entities: <b> & é 😀 end", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("paragraph.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_entities_that_decode_to_markup_When_read_Then_they_are_text_not_tags()
    {
        var article = HtmlArticleReader.FromHtml("<p>Use &lt;script&gt;alert(1)&lt;/script&gt; as an example.</p>", "e");

        Assert.Equal("Use <script>alert(1)</script> as an example.", article.Text);
    }

    [Fact]
    public void Given_HTML_nested_100000_elements_deep_When_read_Then_it_does_not_crash_and_keeps_the_text_with_a_warning()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body><article><p>Before the deep part.</p>");
        for (var i = 0; i < depth; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        html.Append("Deep text.");
        for (var i = depth - 1; i >= 0; i--)
        {
            html.Append(i % 2 == 0 ? "</div>" : "</span>");
        }

        html.Append("<p>After the deep part.</p></article></body></html>");

        var article = HtmlArticleReader.FromHtml(html.ToString(), "deep");

        Assert.Equal("Before the deep part.\n\nDeep text.\n\nAfter the deep part.", article.Text);
        Assert.Contains(article.Warnings, w => w.Contains($"deeper than {HtmlArticleReader.MaxNestingDepth}", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_unclosed_formatting_tags_100000_deep_When_read_Then_the_text_is_kept()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("<b><i>", 50_000)) + "Bold text.</p>";

        var article = HtmlArticleReader.FromHtml(html, "deep-b");

        Assert.Equal("Bold text.", article.Text);
    }

    [Fact]
    public void Given_nesting_under_the_limit_When_read_Then_no_warning_is_given()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 200)) + "<p>Text.</p>" + string.Concat(Enumerable.Repeat("</div>", 200));

        var article = HtmlArticleReader.FromHtml(html, "ok");

        Assert.Equal("Text.", article.Text);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Given_a_page_with_only_scripts_When_read_Then_it_is_refused_as_having_no_text()
    {
        var error = Assert.Throws<InputRejectedException>(() => HtmlArticleReader.FromHtml("<html><script>x()</script></html>", "s", "page.html"));

        Assert.Equal(LanternErrors.NoArticleText("page.html").Message, error.Message);
    }

    [Fact]
    public void Given_an_html_file_When_read_Then_the_id_comes_from_the_file_name()
    {
        using var dir = new TempDirectory();
        var path = dir.File("storm-report.html", NewsPage);

        Article article = HtmlArticleReader.ReadFile(path);

        Assert.Equal("storm-report", article.Id);
        Assert.Equal("Harbour reopens after storm", article.Title);
    }

    [Fact]
    public void Given_a_list_of_teaser_articles_beside_the_story_When_read_Then_the_story_block_is_the_content()
    {
        const string html = """
            <html><body>
            <div class="story"><h1>Ferry timetable changes</h1>
              <p>From June the first ferry leaves at six, half an hour earlier than now, the company said.</p>
              <p>The last ferry stays at eleven in the evening.</p></div>
            <section><article><p>Teaser one.</p></article><article><p>Teaser two.</p></article></section>
            </body></html>
            """;

        var article = HtmlArticleReader.FromHtml(html, "ferry");

        Assert.Equal(
            "Ferry timetable changes\n\nFrom June the first ferry leaves at six, half an hour earlier than now, the company said.\n\nThe last ferry stays at eleven in the evening.",
            article.Text);
    }

    [Fact]
    public void Given_an_og_title_that_differs_from_the_h1_When_read_Then_the_title_is_og_and_the_span_is_the_h1_line()
    {
        const string html = """
            <html><head><meta property="og:title" content="Ferries run early (update)"></head>
            <body><article><h1>Ferries run early</h1><p>They start at six.</p></article></body></html>
            """;

        var article = HtmlArticleReader.FromHtml(html, "t");

        Assert.Equal("Ferries run early (update)", article.Title);
        Assert.Equal("Ferries run early", article.TitleSpan!.Value.Of(article.Text));
        Assert.Equal("They start at six.", article.Body.Of(article.Text));
    }
}

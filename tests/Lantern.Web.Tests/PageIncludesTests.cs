using Lantern.Web.Internal;

namespace Lantern.Web.Tests;

/// <summary>How the pages' shared blocks are put in (<see cref="PageIncludes"/>), and how a mistake in a page fails at start-up.</summary>
public sealed class PageIncludesTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["nav"] = "    <nav><a href=\"/\">Analyse</a> · <a href=\"/corpus\">Corpus</a></nav>\n",
        ["footer"] = "  <footer>f</footer>\n",
    };

    [Fact]
    public void Given_markers_When_composed_Then_each_is_its_partial_and_the_current_link_is_marked()
    {
        var page = "<body>\n  <header>\n    <!-- include nav /corpus -->\n  </header>\n  <!-- include footer -->\n</body>\n";

        var composed = PageIncludes.Compose("test.html", page, Partials);

        Assert.Equal(
            "<body>\n  <header>\n    <nav><a href=\"/\">Analyse</a> · <a href=\"/corpus\" aria-current=\"page\">Corpus</a></nav>\n  </header>\n  <footer>f</footer>\n</body>\n",
            composed);
    }

    [Theory]
    [InlineData("  <!-- include sidebar -->\n", "test.html: no partial partials/sidebar.html for '<!-- include sidebar -->'")]
    [InlineData("  <!-- include nav /dashboard -->\n", "test.html: partials/nav.html has no link href=\"/dashboard\" to mark as the current page")]
    [InlineData("<p>x</p><!-- include footer -->\n", "test.html: an include marker is not on a line of its own or is malformed")]
    public void Given_a_bad_marker_When_composed_Then_it_fails_naming_the_page_and_the_marker(string page, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PageIncludes.Compose("test.html", page, Partials));

        Assert.Equal(message, error.Message);
    }
}

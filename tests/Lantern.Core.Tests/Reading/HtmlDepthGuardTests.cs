using Lantern.Reading.Internal;

namespace Lantern.Core.Tests.Reading;

/// <summary>The pre-parse flattening of over-deep HTML: only tags past the limit go, text and shallow tags stay.</summary>
public sealed class HtmlDepthGuardTests
{
    [Fact]
    public void Given_nesting_past_the_limit_When_limited_Then_the_deeper_start_and_end_tags_are_removed()
    {
        var result = HtmlDepthGuard.Limit("<div><div><span>x</span></div></div>", 2, out var cut);

        Assert.True(cut);
        Assert.Equal("<div><div>x</div></div>", result);
    }

    [Fact]
    public void Given_nesting_within_the_limit_When_limited_Then_the_same_string_comes_back()
    {
        const string html = "<div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x></div>";

        var result = HtmlDepthGuard.Limit(html, 2, out var cut);

        Assert.False(cut);
        Assert.Same(html, result);
    }

    [Fact]
    public void Given_tags_inside_scripts_comments_and_attributes_When_limited_Then_they_do_not_count()
    {
        const string html = "<div><script>var s = '<div><div><div>';</script><!-- <div><div> --><a title=\"<div><div>\">t</a></div>";

        var result = HtmlDepthGuard.Limit(html, 1, out var cut);

        Assert.False(cut);
        Assert.Same(html, result);
    }

    [Fact]
    public void Given_self_closing_tags_When_limited_Then_they_open_elements_in_HTML_but_not_in_SVG()
    {
        // <div/> opens a div in HTML (the slash is ignored); <rect/> inside <svg> is empty.
        Assert.Equal("<div/><div/>x", HtmlDepthGuard.Limit("<div/><div/><div/>x", 2, out var htmlCut));
        Assert.True(htmlCut);
        HtmlDepthGuard.Limit("<svg><rect/><rect/><rect/></svg>", 1, out var svgCut);
        Assert.False(svgCut);
    }
}

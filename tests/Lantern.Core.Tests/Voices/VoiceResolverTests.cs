using Lantern.Articles;
using Lantern.Segmentation;
using Lantern.Text;
using Lantern.Voices;

namespace Lantern.Tests.Voices;

public sealed class VoiceResolverTests
{
    private const string Text = "\"This deal is a disaster,\" said Pompeo. Pompeo said that talks had failed. The plan is dead. “It is over,” he added.";

    private static VoiceResolver Resolver() => VoiceResolver.For(DocumentSegmenter.Default.Segment(new Article { Id = "t", Text = Text }));

    private static string Describe(Voice v) =>
        $"{v.Name} {v.Speaker ?? "-"} {(v.Source is { } s ? $"{s.Start}-{s.End} \"{s.Of(Text)}\"" : "-")}";

    [Fact]
    public void Given_a_word_inside_a_quote_When_resolved_Then_it_is_quoted_by_the_attributed_speaker_with_the_quote_as_source()
    {
        Assert.Equal("disaster", new TextSpan(16, 8).Of(Text));
        Assert.Equal("quoted Pompeo 0-26 \"\"This deal is a disaster,\"\"", Describe(Resolver().Of(new TextSpan(16, 8))));
    }

    [Fact]
    public void Given_a_word_in_reported_speech_When_resolved_Then_it_is_reported_with_the_attribution_as_source()
    {
        Assert.Equal("failed", new TextSpan(67, 6).Of(Text));
        Assert.Equal("reported Pompeo 40-51 \"Pompeo said\"", Describe(Resolver().Of(new TextSpan(67, 6))));
    }

    [Fact]
    public void Given_a_word_in_a_plain_sentence_When_resolved_Then_it_is_the_authors()
    {
        Assert.Equal("dead", new TextSpan(87, 4).Of(Text));
        Assert.Equal("author - -", Describe(Resolver().Of(new TextSpan(87, 4))));
    }

    [Fact]
    public void Given_a_quote_attributed_to_he_When_resolved_Then_the_speaker_is_the_last_named_one_before()
    {
        Assert.Equal("over", new TextSpan(100, 4).Of(Text));
        Assert.Equal("quoted Pompeo 93-106 \"“It is over,”\"", Describe(Resolver().Of(new TextSpan(100, 4))));
    }
}

using Lantern.FineTune.Training;
using Lantern.Models.Encoding;
using Lantern.Taxonomy;
using Lantern.Text;

namespace Lantern.FineTune.Tests;

/// <summary>Training windows: one paragraph per sequence, cut like the encoder cuts, gold per word piece from the spans.</summary>
public sealed class WindowBuilderTests
{
    [Fact]
    public void GivenASpanInAParagraph_WhenWindowsAreBuilt_ThenExactlyTheWordPiecesOverlappingItAreInside()
    {
        var text = TinyCorpus.Train[0];
        var tokenizer = MiniLmEncoder.LoadTokenizer();
        var techniques = Labels.TechniqueLabels.Count;
        var nameCalling = TinyCorpus.Technique("Name_Calling-Labeling");

        var windows = WindowBuilder.Build([text], 510, 384, CancellationToken.None);

        Assert.Equal(2, windows.Count);
        var pieces = tokenizer.Tokenize(text.Text, text.Paragraphs[0].Span);
        var inside = pieces.Where((_, t) => windows[0].TokenGold[t * techniques + nameCalling]).Select(p => p.Span.Of(text.Text)).ToList();
        Assert.Equal(["idiot", "clown", "s"], inside);
        Assert.Equal(pieces.Count * techniques, windows[0].TokenGold.Length);
        Assert.Equal(3, windows[0].TokenGold.Count(g => g));
        Assert.True(windows[0].ParagraphGold[nameCalling]);
        Assert.DoesNotContain(true, windows[1].TokenGold);
        Assert.DoesNotContain(true, windows[1].ParagraphGold);
        Assert.Equal(tokenizer.Cls, windows[0].Ids[0]);
        Assert.Equal(tokenizer.Sep, windows[0].Ids[^1]);
    }

    [Fact]
    public void GivenAParagraphLongerThanAWindow_WhenWindowsAreBuilt_ThenOverlappingWindowsCoverEveryPiece()
    {
        var line = string.Join(' ', Enumerable.Repeat("word", 20));
        var text = new TrainingText("long", line, [new TrainingParagraph(new TextSpan(0, line.Length), [])], []);

        var windows = WindowBuilder.Build([text], 8, 6, CancellationToken.None);

        Assert.Equal([8, 8, 8], windows.Select(w => w.Pieces));
        Assert.All(windows, w => Assert.Equal(w.Pieces + 2, w.Ids.Length));
    }
}

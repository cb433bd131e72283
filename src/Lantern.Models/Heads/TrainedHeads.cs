using Lantern.Documents;
using Lantern.Models.Internal;
using Lantern.Taxonomy;

namespace Lantern.Models.Heads;

/// <summary>
/// The trained heads shipped in <c>models/</c>: a token-level span tagger, paragraph technique
/// classifiers stacked on it, a class-balanced genre classifier and frame classifiers, all linear over
/// MiniLM token states and language-independent lexical features. Load once with <see cref="Load"/>; thread-safe.
/// </summary>
public sealed class TrainedHeads : IArticleHeads
{
    private readonly HeadsModel model;

    private TrainedHeads(HeadsModel model, string version)
    {
        this.model = model;
        Version = version;
    }

    /// <summary>A hash of the model files (which include the training settings).</summary>
    public string Version { get; }

    /// <summary>The training settings recorded in the model folder.</summary>
    public IReadOnlyDictionary<string, string> Settings => model.Settings;

    /// <summary>The <c>encoderName</c> training setting; heads trained before it was recorded ran on the fp32 graph.</summary>
    public string? Encoder => model.Settings.TryGetValue("encoderName", out var name) ? name : "all-MiniLM-L6-v2";

    /// <summary>Reads a model folder written by <c>lantern train</c>; a missing or damaged file gives a <see cref="Errors.ModelException"/> naming it.</summary>
    public static TrainedHeads Load(string directory)
    {
        var (model, version) = ModelFiles.Load(directory);
        return new TrainedHeads(model, version);
    }

    internal static TrainedHeads FromModel(HeadsModel model, string version) => new(model, version);

    public HeadPredictions Predict(ArticleDocument document, IReadOnlyList<TokenStates> paragraphStates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paragraphStates);
        if (paragraphStates.Count != document.Paragraphs.Count)
        {
            throw new ArgumentException($"{paragraphStates.Count} token states for {document.Paragraphs.Count} paragraphs", nameof(paragraphStates));
        }

        var output = HeadsRunner.Run(model, new ArticleInput(document.Text, paragraphStates, document.Language.Code), cancellationToken);
        var best = model.GenreDecision(output.Genres);
        var genreScores = model.GenreScores(output.Genres);
        var genres = Labels.Genres.Select((g, i) => new LabelScore(g, genreScores[i], i == best)).ToArray();
        var frames = Labels.Frames.Select((f, i) => new LabelScore(f, output.Frames[i], output.Frames[i] >= model.FrameThresholds[i])).ToArray();
        var paragraphs = output.ParagraphTechniques
            .Select(p => (IReadOnlyList<LabelScore>)[.. Labels.TechniqueLabels.Select((t, i) => new LabelScore(t, p[i], p[i] >= model.ParagraphThresholds[i]))])
            .ToArray();
        var spans = output.Spans
            .OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End).ThenBy(s => s.Technique)
            .Select(s => new SpanPrediction(Labels.TechniqueLabels[s.Technique], s.Span, s.Score))
            .ToArray();
        return new HeadPredictions(Version, genres, frames, paragraphs, spans);
    }
}

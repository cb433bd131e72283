using Lantern.Errors;
using Lantern.Models.Training;
using Lantern.Models.Training.Internal;
using Lantern.Taxonomy;

namespace Lantern.FineTune.Training;

/// <summary>
/// SemEval-2023 Task 3 articles as <see cref="TrainingText"/>s, read by the same reader as <c>lantern train</c>, with
/// an optional held-out fold chosen exactly as <c>lantern train --cv k --seed s</c> chooses its folds (same corpus
/// order, same shuffle), so heads evaluated on that fold see no article the encoder was tuned on.
/// </summary>
public static class SemEvalTexts
{
    /// <param name="heldOutFold">1-based fold to hold out of <paramref name="folds"/>; 0: none (train on all).</param>
    public static (IReadOnlyList<TrainingText> Train, IReadOnlyList<TrainingText> HeldOut) Read(
        string dataDirectory, IReadOnlyList<string> languages, int folds, int seed, int heldOutFold, int? maxArticles = null)
    {
        if (heldOutFold < 0 || heldOutFold > 0 && (folds < 2 || heldOutFold > folds))
        {
            throw LanternErrors.Usage($"--hold-out {heldOutFold}: use 0 (none) or a fold 1..{folds} with --cv 2 or more");
        }

        var corpus = CorpusReader.Read(dataDirectory, languages, maxArticles);
        if (corpus.Count == 0)
        {
            throw LanternErrors.Malformed(dataDirectory, "no training articles found");
        }

        var fold = heldOutFold > 0 ? Trainer.FoldsOf(corpus.Count, folds, seed) : new int[corpus.Count];
        var train = new List<TrainingText>();
        var heldOut = new List<TrainingText>();
        for (var i = 0; i < corpus.Count; i++)
        {
            var article = corpus[i];
            if (!article.HasTechniques)
            {
                continue;
            }

            var paragraphs = article.Paragraphs.Select(p => new TrainingParagraph(
                p.Span,
                article.ParagraphTechniques!.TryGetValue(p.Line, out var labels)
                    ? [.. labels.Select(l => CorpusReader.IndexOf(Labels.TechniqueLabels, l)).Where(k => k >= 0).Distinct().Order()]
                    : [])).ToList();
            var text = new TrainingText(article.Key, article.Text, paragraphs, [.. article.Spans!.Select(s => new TechniqueSpan(s.Technique, s.Span))]);
            (heldOutFold > 0 && fold[i] == heldOutFold - 1 ? heldOut : train).Add(text);
        }

        return (train, heldOut);
    }
}

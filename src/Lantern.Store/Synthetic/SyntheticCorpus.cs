using System.Globalization;
using System.Text;
using Lantern.Actions;
using Lantern.Analysis;
using Lantern.Analysis.Embeddings;
using Lantern.Articles;
using Lantern.Languages;
using Lantern.Taxonomy;
using Lantern.Voices;

namespace Lantern.Store.Synthetic;

/// <summary>
/// Deterministic made-up articles with made-up analyses, for benchmarks and store tests that need volume without
/// the model: about 250–450 words in 4–8 paragraphs, ten sources, dates across 2025, and spans whose offsets and text
/// agree with the article text. Article <c>i</c> of a seed is always the same.
/// </summary>
/// <remarks>
/// Words are drawn as in real text, by Zipf's law (the word of rank <c>r</c> with probability proportional to 1/r)
/// over <see cref="VocabularySize"/> words: first 62 common English news words ("the", "council", "budget"...), which
/// occur in nearly every article (a search for them is the worst case: every article matches and is ranked), then
/// 4,000 made-up four-letter words of two consonant-vowel syllables ("bake", "tori"...), which occur in a few percent
/// of the articles or fewer, as topic words do (see <see cref="Word(int)"/>).
/// </remarks>
public static class SyntheticCorpus
{
    public const string Model = "synthetic/1";

    private static readonly string[] Vocabulary =
    [
        "the", "council", "budget", "minister", "voters", "reform", "crisis", "housing", "tax", "energy", "prices", "border",
        "election", "scandal", "workers", "schools", "hospital", "climate", "farmers", "court", "police", "army", "market",
        "inflation", "rent", "wages", "pension", "union", "strike", "debate", "policy", "report", "official", "critics",
        "supporters", "plan", "disaster", "freedom", "nation", "families", "city", "region", "future", "promise", "failure",
        "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "this", "they", "will", "not",
    ];

    private const int MadeUpWords = 4000;

    // The made-up words: consonant-vowel syllables, two per word; none is one of the common words.
    private static readonly string[] Lexicon = [.. Vocabulary.Concat(MadeUp())];

    // Cumulative Zipf weights (exponent 1) over the lexicon, for drawing a rank with one uniform number.
    private static readonly double[] Cumulative = Zipf(Lexicon.Length);

    /// <summary>How many distinct words articles are made of: 62 common words, then 4,000 made-up ones.</summary>
    public static int VocabularySize => Lexicon.Length;

    /// <summary>
    /// The word of <paramref name="rank"/> (0 = the most frequent, "the"). Rank r is drawn with probability
    /// 1 / ((r + 1) · H), H = 8.9 the harmonic number of the vocabulary size; an article of 350 words contains a word of
    /// rank 100 with probability about 32 %, of rank 1,000 about 4 %, of rank 3,000 about 1.3 %.
    /// </summary>
    public static string Word(int rank) => Lexicon[rank];

    public static IReadOnlyList<string> Sources { get; } =
        [.. Enumerable.Range(1, 10).Select(i => string.Create(CultureInfo.InvariantCulture, $"outlet{i:00}.example"))];

    /// <summary>
    /// Article <paramref name="index"/> of <paramref name="seed"/>; with <paramref name="dimensions"/> &gt; 0 its analysis
    /// also carries a random unit vector of that size per span and per paragraph label (for timing the nearest-passage
    /// scan: random vectors say nothing about meaning). The text and findings do not depend on it.
    /// </summary>
    public static CorpusEntry Entry(int index, int seed = 1, int dimensions = 0)
    {
        var random = new Random(Seed(seed, index, 0));
        var text = new StringBuilder();
        var title = $"Synthetic report {index.ToString(CultureInfo.InvariantCulture)} on {Word(random)} and {Word(random)}";
        text.Append(title).Append("\n\n");
        var paragraphs = new List<(int Start, int Length, int Line)>();
        var line = 3;
        var count = random.Next(4, 9);
        for (var p = 0; p < count; p++)
        {
            var start = text.Length;
            var words = random.Next(40, 70);
            for (var w = 0; w < words; w++)
            {
                text.Append(w == 0 ? string.Empty : " ").Append(Word(random));
                if (w % 12 == 11)
                {
                    text.Append('.');
                }
            }

            text.Append('.');
            paragraphs.Add((start, text.Length - start, line));
            text.Append("\n\n");
            line += 2;
        }

        // A unique token, so no two synthetic articles are duplicates of each other.
        text.Append(string.Create(CultureInfo.InvariantCulture, $"ref-{seed}-{index}\n"));
        var body = text.ToString();
        var source = Sources[random.Next(Sources.Count)];
        var published = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(365 * 24 * 60));
        var article = new Article
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}-{index}"),
            Text = body,
            Title = title,
            Source = source,
            Url = string.Create(CultureInfo.InvariantCulture, $"https://{source}/a/{index}"),
            Published = published,
            Language = "en",
            Format = "synthetic",
        };

        var spans = new List<SpanFinding>();
        var paragraphAnalyses = new List<ParagraphAnalysis>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, length, paragraphLine) = paragraphs[p];
            var techniques = new List<ScoredLabel>();
            var n = random.Next(0, 4);
            for (var s = 0; s < n; s++)
            {
                // Skewed towards the first techniques, as real corpora are (Loaded_Language, Name_Calling...).
                var technique = Labels.TechniqueLabels[(int)(Math.Pow(random.NextDouble(), 2) * Labels.TechniqueLabels.Count)];
                var spanStart = start + random.Next(0, length / 2);
                var spanLength = Math.Min(random.Next(10, 60), start + length - spanStart);
                var score = Math.Round(0.5 + (random.NextDouble() / 2), 3);
                spans.Add(new SpanFinding(technique, spanStart, spanLength, body.Substring(spanStart, spanLength), score) { Voice = SpanVoice(index, spans.Count) });
                if (techniques.All(t => t.Label != technique))
                {
                    techniques.Add(new ScoredLabel(technique, score));
                }
            }

            paragraphAnalyses.Add(new ParagraphAnalysis(p, paragraphLine, start, length, techniques));
        }

        var genre = Labels.Genres[random.Next(Labels.Genres.Count)];
        var frames = Labels.Frames.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(f => new ScoredLabel(f, Math.Round(random.NextDouble(), 3))).ToList();
        var analysis = new ArticleAnalysis
        {
            Id = article.Id,
            Title = title,
            Language = new LanguageGuess("en", 0.99),
            Genre = new GenreResult(genre, [.. Labels.Genres.Select(g => new ScoredLabel(g, g == genre ? 0.8 : 0.1))]),
            Frames = frames,
            Paragraphs = paragraphAnalyses,
            Spans = [.. spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length).ThenBy(s => s.Technique, StringComparer.Ordinal)],
            Warnings = [],
            Model = Model,
            Timing = new AnalysisTiming(0, 0, 0, 0, 0),
            Text = body,
            CallsToAction = Calls(index, body, paragraphs[0].Start, paragraphs[0].Length),
        };
        if (dimensions > 0)
        {
            // Their own generator, so that the text and findings of an entry are the same with or without vectors.
            var vectors = new Random(Seed(seed, index, dimensions));
            analysis = analysis with
            {
                Embeddings = [.. analysis.Spans.Select(s => new PassageEmbedding(PassageKind.Span, s.Technique, s.Start, s.Length, RandomUnit(vectors, dimensions)))
                    .Concat(analysis.Paragraphs.SelectMany(p => p.Techniques.Select(t => new PassageEmbedding(PassageKind.Paragraph, t.Label, p.Start, p.Length, RandomUnit(vectors, dimensions)))))],
            };
        }

        return new CorpusEntry(article, source, analysis);
    }

    // Voices and calls come from the index, not from the random generator, so that every other draw (text, spans,
    // scores) is what it was before voices were stored: half the spans are the author's, a quarter quoted, a quarter reported.
    private static Voice SpanVoice(int index, int ordinal) => ((index + ordinal) % 4) switch
    {
        0 => new Voice(VoiceKind.Quoted, "a spokesperson"),
        1 => new Voice(VoiceKind.Reported, "officials"),
        _ => Voice.Author,
    };

    // One article in eight of each flag (civic, hostile, violent), and one in eight with a quoted violent call that
    // does not raise the flag; the call is the start of the first paragraph.
    private static CallToActionReport Calls(int index, string body, int start, int length)
    {
        (ActionClass? Kind, Voice Voice) call = (index % 8) switch
        {
            1 => (ActionClass.Violent, new Voice(VoiceKind.Quoted, "a protester")),
            3 => (ActionClass.Civic, Voice.Author),
            5 => (ActionClass.Hostile, Voice.Author),
            7 => (ActionClass.Violent, Voice.Author),
            _ => (null, Voice.Author),
        };
        if (call.Kind is not { } actionClass)
        {
            return CallToActionReport.None;
        }

        var callLength = Math.Min(40, length);
        var found = new CallToAction(actionClass, start, callLength, body.Substring(start, callLength), [], null, null, call.Voice);
        return new CallToActionReport(call.Voice.IsOthers ? null : actionClass, [found]);
    }

    // HashCode.Combine is seeded afresh in every process, so it cannot make a corpus that is the same on every run.
    private static int Seed(int seed, int index, int salt) => unchecked((((seed * 1_000_003) + index) * 8_191) + salt);

    private static float[] RandomUnit(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        double norm = 0;
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] = (float)((random.NextDouble() * 2) - 1);
            norm += vector[d] * vector[d];
        }

        for (var d = 0; d < dimensions; d++)
        {
            vector[d] = (float)(vector[d] / Math.Sqrt(norm));
        }

        return vector;
    }

    private static string Word(Random random)
    {
        var rank = Array.BinarySearch(Cumulative, random.NextDouble());
        return Lexicon[Math.Min(rank < 0 ? ~rank : rank, Lexicon.Length - 1)];
    }

    private static IEnumerable<string> MadeUp()
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var syllables = consonants.SelectMany(c => vowels.Select(v => string.Concat(c, v))).ToArray();
        var common = new HashSet<string>(Vocabulary, StringComparer.Ordinal);
        // Syllable pairs in an order that mixes first letters (k * 37 is a permutation of the pairs: 37 and 4900 are coprime).
        return Enumerable.Range(0, syllables.Length * syllables.Length)
            .Select(k => (k * 37) % (syllables.Length * syllables.Length))
            .Select(k => syllables[k / syllables.Length] + syllables[k % syllables.Length])
            .Where(w => !common.Contains(w))
            .Take(MadeUpWords);
    }

    private static double[] Zipf(int n)
    {
        var cumulative = new double[n];
        double sum = 0;
        for (var r = 0; r < n; r++)
        {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }

        for (var r = 0; r < n; r++)
        {
            cumulative[r] /= sum;
        }

        return cumulative;
    }
}

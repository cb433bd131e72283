using System.Buffers;
using Lantern.Languages.Internal;

namespace Lantern.Languages;

/// <summary>
/// Script first, then a character n-gram model for Latin script. Arabic script gives <c>ar</c>; Cyrillic
/// gives <c>ru</c>, or <c>uk</c>/<c>sr</c> when letters only those alphabets have show up; Latin script is
/// decided among the model's languages (en, fr, de, it, pl, es); any other script gives <c>und</c> with
/// the script reported. The confidence is scaled down for short texts and for texts mixing scripts, and
/// below <see cref="LanguageIdOptions.Threshold"/> the code is <c>und</c>. Thread-safe; the embedded model
/// is read once, on first use.
/// </summary>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    /// <summary>The code for an undetermined language (ISO 639-2).</summary>
    public const string Undetermined = "und";

    internal const string ResourceName = "Lantern.Languages.langid.bin";

    private static readonly SearchValues<char> SerbianLetters = SearchValues.Create("ђћџљњјЂЋЏЉЊЈ");
    private static readonly SearchValues<char> UkrainianLetters = SearchValues.Create("іїєґІЇЄҐ");
    private static readonly SearchValues<char> RussianOnlyLetters = SearchValues.Create("ыэъёЫЭЪЁ");

    private static readonly Lazy<NGramModel> EmbeddedModel = new(LoadEmbedded);

    private readonly Lazy<NGramModel> model;

    public LanguageIdentifier(LanguageIdOptions? options = null)
        : this(EmbeddedModel, options ?? LanguageIdOptions.Default)
    {
    }

    internal LanguageIdentifier(NGramModel model, LanguageIdOptions options)
        : this(new Lazy<NGramModel>(model), options)
    {
    }

    private LanguageIdentifier(Lazy<NGramModel> model, LanguageIdOptions options)
    {
        this.model = model;
        Options = options;
    }

    public static LanguageIdentifier Default { get; } = new();

    public LanguageIdOptions Options { get; }

    /// <summary>Languages the n-gram model tells apart (Latin script).</summary>
    public IReadOnlyList<string> ModelLanguages => model.Value.Languages;

    /// <summary>The version string written by the trainer.</summary>
    public string ModelVersion => model.Value.Version;

    public LanguageDetection Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > Options.MaxChars)
        {
            text = text[..Options.MaxChars];
        }

        Span<int> counts = stackalloc int[Enum.GetValues<Script>().Length];
        Scripts.Count(text, counts);
        var (script, share, letters) = Scripts.MainOf(counts);
        if (letters < Options.MinLetters)
        {
            return new LanguageDetection(Undetermined, 0, script);
        }

        // Letters of the main script only count towards confidence: "OK 👍" or a name in another
        // alphabet must not make a paragraph look surer than it is.
        var mainLetters = (int)Math.Round(letters * share);
        var (code, confidence) = script switch
        {
            Script.Latin => FromModel(text),
            Script.Arabic => ("ar", 1.0),
            Script.Cyrillic => (Cyrillic(text), 1.0),
            _ => (Undetermined, 0.0),
        };

        confidence *= share * Math.Min(1.0, (double)mainLetters / Options.FullConfidenceLetters);
        confidence = Math.Round(confidence, 4);
        return new LanguageDetection(confidence >= Options.Threshold ? code : Undetermined, confidence, script);
    }

    private (string Code, double Confidence) FromModel(ReadOnlySpan<char> text)
    {
        var m = model.Value;
        var buckets = new List<int>(text.Length * NGramFeatures.MaxOrder);
        NGramFeatures.Extract(text, m.BucketBits, buckets);
        if (buckets.Count == 0)
        {
            return (Undetermined, 0);
        }

        var posteriors = m.Posteriors(buckets);
        var best = 0;
        for (var l = 1; l < posteriors.Length; l++)
        {
            if (posteriors[l] > posteriors[best])
            {
                best = l;
            }
        }

        return (m.Languages[best], posteriors[best]);
    }

    // Russian has none of і ї є ґ (Ukrainian) or ђ ћ џ љ њ ј (Serbian, Macedonian); Ukrainian has no ы э ъ ё.
    private static string Cyrillic(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(SerbianLetters) >= 0)
        {
            return "sr";
        }

        return text.IndexOfAny(UkrainianLetters) >= 0 && text.IndexOfAny(RussianOnlyLetters) < 0 ? "uk" : "ru";
    }

    private static NGramModel LoadEmbedded()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw Errors.LanternErrors.ModelMissing(ResourceName);
        return NGramModel.Read(stream, ResourceName);
    }
}

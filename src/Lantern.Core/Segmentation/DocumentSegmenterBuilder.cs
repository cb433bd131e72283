using Lantern.Languages;
using Lantern.Structure;

namespace Lantern.Segmentation;

/// <summary>
/// Collects the stages of segmentation; <see cref="Build"/> freezes them into a reusable, thread-safe
/// <see cref="DocumentSegmenter"/>. Starts with the defaults: line paragraphs, <see cref="RuleSentenceSplitter"/>,
/// the top-matter, signature, quote and foreign-script detectors, and <see cref="LanguageIdentifier.Default"/>.
/// </summary>
public sealed class DocumentSegmenterBuilder
{
    private readonly List<IStructureDetector> detectors =
        [TopMatterDetector.Instance, SignatureDetector.Instance, QuoteDetector.Instance, ForeignScriptDetector.Instance];

    private IParagraphSplitter paragraphs = LineParagraphSplitter.Instance;
    private ISentenceSplitter sentences = RuleSentenceSplitter.Default;
    private ILanguageIdentifier? languages = LanguageIdentifier.Default;

    public DocumentSegmenterBuilder UseParagraphs(IParagraphSplitter splitter)
    {
        paragraphs = splitter ?? throw new ArgumentNullException(nameof(splitter));
        return this;
    }

    public DocumentSegmenterBuilder UseSentences(ISentenceSplitter splitter)
    {
        sentences = splitter ?? throw new ArgumentNullException(nameof(splitter));
        return this;
    }

    /// <summary>Sets the language identifier; null turns identification off (every language is <c>und</c>).</summary>
    public DocumentSegmenterBuilder UseLanguages(ILanguageIdentifier? identifier)
    {
        languages = identifier;
        return this;
    }

    /// <summary>Adds a structure detector after those already there.</summary>
    public DocumentSegmenterBuilder AddStructure(IStructureDetector detector)
    {
        detectors.Add(detector ?? throw new ArgumentNullException(nameof(detector)));
        return this;
    }

    /// <summary>Removes every structure detector (the default ones included).</summary>
    public DocumentSegmenterBuilder ClearStructure()
    {
        detectors.Clear();
        return this;
    }

    public DocumentSegmenter Build() => new(paragraphs, sentences, [.. detectors], languages);
}

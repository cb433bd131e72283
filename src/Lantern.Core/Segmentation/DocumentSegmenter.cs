using Lantern.Articles;
using Lantern.Documents;
using Lantern.Languages;
using Lantern.Structure;

namespace Lantern.Segmentation;

/// <summary>
/// Turns an article into an <see cref="ArticleDocument"/>: paragraphs, sentences, structure, languages.
/// Built by <see cref="DocumentSegmenterBuilder"/>; immutable and thread-safe, reuse one for every article.
/// </summary>
public sealed class DocumentSegmenter
{
    private readonly IParagraphSplitter paragraphs;
    private readonly ISentenceSplitter sentences;
    private readonly IReadOnlyList<IStructureDetector> detectors;
    private readonly ILanguageIdentifier? languages;

    internal DocumentSegmenter(
        IParagraphSplitter paragraphs,
        ISentenceSplitter sentences,
        IReadOnlyList<IStructureDetector> detectors,
        ILanguageIdentifier? languages)
    {
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.detectors = detectors;
        this.languages = languages;
    }

    public static DocumentSegmenter Default { get; } = CreateBuilder().Build();

    public static DocumentSegmenterBuilder CreateBuilder() => new();

    public ArticleDocument Segment(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var paragraphList = paragraphs.Split(article);

        var sentenceList = new List<Sentence>();
        foreach (var paragraph in paragraphList)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var span in sentences.Split(text, paragraph.Span))
            {
                sentenceList.Add(new Sentence(sentenceList.Count, span, paragraph.Index));
            }
        }

        var context = new StructureContext(article, paragraphList, sentenceList);
        var structure = new List<StructureSpan>();
        foreach (var detector in detectors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            structure.AddRange(detector.Detect(context, cancellationToken));
        }

        structure.Sort(static (a, b) =>
            a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Kind.CompareTo(b.Kind));

        var paragraphLanguages = new List<LanguageGuess>(paragraphList.Count);
        foreach (var paragraph in paragraphList)
        {
            cancellationToken.ThrowIfCancellationRequested();
            paragraphLanguages.Add(languages?.Identify(paragraph.Span.SliceOf(text)).ToGuess() ?? LanguageGuess.Unknown);
        }

        return new ArticleDocument(article, paragraphList, sentenceList, structure, ArticleLanguage(article), paragraphLanguages);
    }

    // The detected language; when the text says too little, the language the source declared (ge/po normalised).
    private LanguageGuess ArticleLanguage(Article article)
    {
        var detected = languages?.Identify(article.Text).ToGuess() ?? LanguageGuess.Unknown;
        if (detected.Code == LanguageIdentifier.Undetermined && !string.IsNullOrWhiteSpace(article.Language))
        {
            return new LanguageGuess(LanguageCodes.Normalize(article.Language), detected.Confidence);
        }

        return detected;
    }
}

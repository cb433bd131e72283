namespace Lantern.Analysis.Embeddings;

/// <summary>What a <see cref="PassageEmbedding"/> covers.</summary>
public static class PassageKind
{
    /// <summary>A technique span.</summary>
    public const string Span = "span";

    /// <summary>A paragraph with a technique label.</summary>
    public const string Paragraph = "paragraph";
}

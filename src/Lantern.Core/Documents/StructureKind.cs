namespace Lantern.Documents;

/// <summary>Typed parts of an article's layout and voice.</summary>
public enum StructureKind
{
    /// <summary>A section or kicker line above the headline ("OPINION", "World | Europe").</summary>
    Kicker,

    /// <summary>The headline.</summary>
    Headline,

    /// <summary>A byline near the top ("By Jane Doe").</summary>
    Byline,

    /// <summary>A signature block at the end (name, role, organisation).</summary>
    Signature,

    /// <summary>A quoted passage, quotation marks included.</summary>
    Quote,

    /// <summary>An attribution of speech ("said X", "X told reporters").</summary>
    Attribution,

    /// <summary>The speaker named by an attribution.</summary>
    Speaker,

    /// <summary>A run of text in another script than the article's main one (e.g. Arabic inside English).</summary>
    ForeignScript,
}

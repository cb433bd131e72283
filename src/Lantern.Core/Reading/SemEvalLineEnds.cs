namespace Lantern.Reading;

/// <summary>How the SemEval span offsets of an article count its line ends.</summary>
public enum SemEvalLineEnds
{
    /// <summary>As the file reads: one code point per line end.</summary>
    AsRead,

    /// <summary>
    /// Every LF counted as two code points (CR LF). Many non-English SemEval-2023 span files were made on
    /// CRLF copies of the articles, which are distributed with LF: their offsets drift by one per line.
    /// </summary>
    CrLf,
}

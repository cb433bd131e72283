namespace Lantern.FineTune.Training;

/// <summary>
/// One training sequence: [CLS], up to a window of a paragraph's word pieces, [SEP]; the gold of each word piece
/// (technique-major flags, <c>pieces × techniques</c>) and of its paragraph (one flag per technique).
/// </summary>
internal sealed record Window(long[] Ids, bool[] TokenGold, bool[] ParagraphGold)
{
    public int Pieces => Ids.Length - 2;
}

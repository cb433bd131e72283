using static TorchSharp.torch;

namespace Lantern.FineTune.Training;

/// <summary>
/// Windows padded into tensors: ids and attention mask [batch, length], a float mask of the word pieces (not [CLS],
/// [SEP] or padding), the flat row of each word piece in [batch × length], and the gold of pieces and windows.
/// </summary>
internal sealed record Batch(Tensor Ids, Tensor Mask, Tensor PieceMask, Tensor PieceRows, Tensor TokenGold, Tensor ParagraphGold)
{
    public static Batch Of(IReadOnlyList<Window> windows, long pad, int techniques)
    {
        var rows = windows.Count;
        var length = windows.Max(w => w.Ids.Length);
        var ids = new long[rows * length];
        var mask = new long[rows * length];
        var pieceMask = new float[rows * length];
        var pieceRows = new List<long>();
        var tokenGold = new List<float>();
        var paragraphGold = new float[rows * techniques];
        Array.Fill(ids, pad);
        for (var r = 0; r < rows; r++)
        {
            var window = windows[r];
            Array.Copy(window.Ids, 0, ids, r * length, window.Ids.Length);
            Array.Fill(mask, 1, r * length, window.Ids.Length);
            for (var t = 0; t < window.Pieces; t++)
            {
                pieceMask[r * length + 1 + t] = 1;
                pieceRows.Add(r * length + 1 + t);
                for (var k = 0; k < techniques; k++)
                {
                    tokenGold.Add(window.TokenGold[t * techniques + k] ? 1 : 0);
                }
            }

            for (var k = 0; k < techniques; k++)
            {
                paragraphGold[r * techniques + k] = window.ParagraphGold[k] ? 1 : 0;
            }
        }

        return new Batch(
            tensor(ids, [rows, length]),
            tensor(mask, [rows, length]),
            tensor(pieceMask, [rows, length]),
            tensor(pieceRows.ToArray()),
            tensor(tokenGold.ToArray(), [pieceRows.Count, techniques]),
            tensor(paragraphGold, [rows, techniques]));
    }
}

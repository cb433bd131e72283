using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Lantern.FineTune.Training;

/// <summary>
/// The two objectives the encoder is tuned for, as small heads on its token states: a sigmoid per technique on each
/// word piece (is it inside a span of that technique: what the span tagger predicts) and a sigmoid per technique on
/// the window's mean state (does the paragraph use it: what the paragraph classifier predicts). Only the encoder is
/// kept; the shipped heads are trained afterwards on its states by <c>lantern train</c>.
/// </summary>
internal sealed class TaskHeads : IDisposable
{
    private readonly Linear tokens;
    private readonly Linear paragraphs;

    public TaskHeads(int hidden, int techniques)
    {
        tokens = nn.Linear(hidden, techniques);
        paragraphs = nn.Linear(hidden, techniques);
    }

    public IReadOnlyList<Parameter> Parameters => [.. tokens.parameters(), .. paragraphs.parameters()];

    /// <summary>Logits per selected word piece [pieces, techniques] and per window [batch, techniques].</summary>
    public (Tensor Tokens, Tensor Paragraphs) Forward(Tensor states, Tensor pieceMask, Tensor pieceRows)
    {
        var hidden = states.shape[2];
        var tokenLogits = tokens.forward(states.reshape(-1, hidden).index_select(0, pieceRows));
        var weights = pieceMask.unsqueeze(-1);
        var pooled = (states * weights).sum(1) / weights.sum(1);
        return (tokenLogits, paragraphs.forward(pooled));
    }

    public void Dispose()
    {
        tokens.Dispose();
        paragraphs.Dispose();
    }
}

using System.Buffers;
using System.Text;

namespace Lantern.Reading.Internal;

/// <summary>
/// Writes text as blocks: every whitespace run inside a block becomes one space, none at either end,
/// and blocks are separated by a blank line. Words are copied whole (vectorised whitespace search).
/// </summary>
internal sealed class CollapsedTextBuilder
{
    // Every char for which char.IsWhiteSpace is true.
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private readonly StringBuilder builder = new();
    private readonly string separator;
    private int blockStart = -1;
    private bool pendingSpace;

    public CollapsedTextBuilder(string separator = "\n\n") => this.separator = separator;

    /// <summary>True while the current block has no text.</summary>
    public bool IsBlockEmpty => blockStart < 0;

    public int Length => builder.Length;

    public void Append(string text)
    {
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var space = span.IndexOfAny(Whitespace);
            if (space != 0)
            {
                AppendWord(space < 0 ? span : span[..space]);
                if (space < 0)
                {
                    return;
                }
            }

            pendingSpace = blockStart >= 0;
            span = span[space..];
            var word = span.IndexOfAnyExcept(Whitespace);
            if (word < 0)
            {
                return;
            }

            span = span[word..];
        }
    }

    /// <summary>Ends the current block; returns its (start, end) in the text, or null when it was empty.</summary>
    public (int Start, int End)? EndBlock()
    {
        pendingSpace = false;
        if (blockStart < 0)
        {
            return null;
        }

        var block = (blockStart, builder.Length);
        blockStart = -1;
        return block;
    }

    public override string ToString() => builder.ToString();

    private void AppendWord(ReadOnlySpan<char> word)
    {
        if (blockStart < 0)
        {
            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            blockStart = builder.Length;
        }
        else if (pendingSpace)
        {
            builder.Append(' ');
        }

        pendingSpace = false;
        builder.Append(word);
    }
}

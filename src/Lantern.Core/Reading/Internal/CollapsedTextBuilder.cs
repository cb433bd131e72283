using System.Text;

namespace Lantern.Reading.Internal;

/// <summary>Appends text with every whitespace run collapsed to one space and none at either end.</summary>
internal sealed class CollapsedTextBuilder
{
    private readonly StringBuilder builder = new();
    private bool pendingSpace;

    public bool IsEmpty => builder.Length == 0;

    public void Append(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }
    }

    /// <summary>Moves the collected text to <paramref name="target"/> and starts again.</summary>
    public void MoveTo(StringBuilder target)
    {
        foreach (var chunk in builder.GetChunks())
        {
            target.Append(chunk.Span);
        }

        Clear();
    }

    public void Clear()
    {
        builder.Clear();
        pendingSpace = false;
    }

    public override string ToString() => builder.ToString();
}

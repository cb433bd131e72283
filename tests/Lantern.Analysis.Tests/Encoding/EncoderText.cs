using Lantern.Text;

namespace Lantern.Analysis.Tests.Encoding;

/// <summary>Helpers the encoder tests share.</summary>
internal static class EncoderText
{
    /// <summary>One span per non-empty line of <paramref name="text"/> (lines split on LF).</summary>
    public static List<TextSpan> Lines(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                spans.Add(new TextSpan(start, line.Length));
            }

            start += line.Length + 1;
        }

        return spans;
    }
}

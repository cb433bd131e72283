using System.Text;

namespace Lantern.Fuzz;

/// <summary>
/// A small deterministic byte mutator (bit flips, interesting bytes and tokens, deletions, duplications, splices) for
/// the in-process smoke: the same seed always gives the same inputs, so a smoke failure reproduces exactly.
/// </summary>
public sealed class Mutator(int seed)
{
    // Bytes and tokens that matter to the readers: markup, JSON, line ends, a BOM, invalid and astral UTF-8, NUL.
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "<", ">", "</p>", "<p>", "<script>", "<![CDATA[", "]]>", "&#", "&#x1F600;", "&amp;", "<!--", "-->", "<item>", "</item>",
            "<entry>", "<link>", "<link href=\"", "\"", "{", "}", "[", "]", ":", ",", "\\u", "\\uD800", "null", "\"text\":", "\"url\":",
            "\r\n", "\n", "\r", "\t", " ", "\u2028", "\u00A0", "😀", "1", "-1", "99999999999", "text/html\n", "application/json\n",
            "text/plain; charset=latin1\n", "propaganda,", "Loaded_Language",
        }.Select(Encoding.UTF8.GetBytes),
        [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x9F], [0xC0, 0x80], [0xFF], [0x00],
    ];

    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(corpus);
        var bytes = new List<byte>(input);
        var steps = 1 + random.Next(4);
        for (var step = 0; step < steps; step++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    var flip = random.Next(bytes.Count);
                    bytes[flip] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 2 when bytes.Count > 0:
                    var cut = random.Next(bytes.Count);
                    bytes.RemoveRange(cut, Math.Min(bytes.Count - cut, 1 + random.Next(16)));
                    break;
                case 3 when bytes.Count > 0:
                    var from = random.Next(bytes.Count);
                    var length = Math.Min(bytes.Count - from, 1 + random.Next(32));
                    bytes.InsertRange(at, bytes.GetRange(from, length));
                    break;
                case 4 when corpus.Count > 0:
                    var other = corpus[random.Next(corpus.Count)];
                    var start = random.Next(other.Length + 1);
                    bytes.InsertRange(at, other.AsSpan(start, Math.Min(other.Length - start, 1 + random.Next(64))).ToArray());
                    break;
                case 5 when bytes.Count > 0:
                    bytes.RemoveRange(at == bytes.Count ? at - 1 : at, bytes.Count - (at == bytes.Count ? at - 1 : at));
                    break;
                default:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }
}

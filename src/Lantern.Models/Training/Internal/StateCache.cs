using System.Security.Cryptography;
using System.Text;
using Lantern.Models.Encoding;
using Lantern.Text;

namespace Lantern.Models.Training.Internal;

/// <summary>
/// Token states of training articles, encoded once and kept in a cache folder keyed by the text, the
/// paragraph spans and the encoder settings. States are stored as float16 and always read back through
/// float16, so a run gives the same numbers whether the cache was warm or cold.
/// </summary>
internal sealed class StateCache(string directory, MiniLmEncoder encoder)
{
    public IReadOnlyList<TokenStates> Get(string text, IReadOnlyList<TextSpan> spans, CancellationToken cancellationToken)
    {
        var key = Key(text, spans);
        var path = Path.Combine(directory, key[..2], key + ".bin");
        if (File.Exists(path))
        {
            try
            {
                return Read(path, spans);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
            {
                // A damaged cache entry is simply encoded again.
            }
        }

        var states = encoder.Encode(text, spans, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(states.Count);
            foreach (var s in states)
            {
                writer.Write(s.Windowed);
                writer.Write(s.Tokens.Count);
                foreach (var t in s.Tokens)
                {
                    writer.Write(t.Start);
                    writer.Write(t.Length);
                }

                foreach (var v in s.States)
                {
                    writer.Write((Half)v);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
        return Read(path, spans);
    }

    private static TokenStates[] Read(string path, IReadOnlyList<TextSpan> spans)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        if (count != spans.Count)
        {
            throw new InvalidDataException("span count differs");
        }

        var result = new TokenStates[count];
        for (var i = 0; i < count; i++)
        {
            var windowed = reader.ReadBoolean();
            var n = reader.ReadInt32();
            var tokens = new TextSpan[n];
            for (var t = 0; t < n; t++)
            {
                tokens[t] = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
            }

            var states = new float[n * 384];
            for (var j = 0; j < states.Length; j++)
            {
                states[j] = (float)reader.ReadHalf();
            }

            result[i] = new TokenStates(spans[i], tokens, states, 384) { Windowed = windowed };
        }

        return result;
    }

    private string Key(string text, IReadOnlyList<TextSpan> spans)
    {
        var builder = new StringBuilder();
        builder.Append(encoder.Name).Append('|').Append(encoder.Options.WindowTokens).Append('|').Append(encoder.Options.Stride).Append('|');
        foreach (var s in spans)
        {
            builder.Append(s.Start).Append(',').Append(s.Length).Append(';');
        }

        builder.Append('|').Append(text);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(builder.ToString())));
    }
}

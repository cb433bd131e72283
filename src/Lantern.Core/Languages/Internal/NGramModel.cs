using System.Text;

namespace Lantern.Languages.Internal;

/// <summary>
/// Naive Bayes over hashed character n-grams: for each language, the cost (−log p, in 1/12 nat steps,
/// one byte) of each bucket. Posteriors are tempered by <see cref="Temperature"/>, fitted on held-out
/// paragraphs by the trainer, because overlapping n-grams are far from independent.
/// </summary>
internal sealed class NGramModel
{
    public const float CostScale = 12f;
    private const uint Magic = 0x4449474C; // "LGID"
    private const int FormatVersion = 1;

    private readonly byte[][] costs;

    public NGramModel(IReadOnlyList<string> languages, int bucketBits, float temperature, byte[][] costs, string version)
    {
        if (languages.Count == 0 || languages.Count != costs.Length || costs.Any(c => c.Length != 1 << bucketBits))
        {
            throw new ArgumentException("one cost table of 2^bucketBits entries per language is needed", nameof(costs));
        }

        Languages = languages;
        BucketBits = bucketBits;
        Temperature = temperature;
        Version = version;
        this.costs = costs;
    }

    public IReadOnlyList<string> Languages { get; }

    public int BucketBits { get; }

    public float Temperature { get; }

    public string Version { get; }

    internal byte[][] CostTables => costs;

    /// <summary>Tempered posteriors per language (same order as <see cref="Languages"/>) from the buckets of a text.</summary>
    public double[] Posteriors(IReadOnlyList<int> buckets) =>
        Posteriors(buckets is List<int> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [.. buckets]);

    /// <summary>As above, over a span: no enumerator on the hot path (one table lookup per n-gram and language).</summary>
    public double[] Posteriors(ReadOnlySpan<int> buckets)
    {
        var scores = new double[costs.Length];
        for (var l = 0; l < costs.Length; l++)
        {
            var table = costs[l];
            long sum = 0;
            foreach (var b in buckets)
            {
                sum += table[b];
            }

            scores[l] = -sum / CostScale / Temperature;
        }

        var max = scores.Max();
        var total = 0.0;
        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] = Math.Exp(scores[l] - max);
            total += scores[l];
        }

        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] /= total;
        }

        return scores;
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Version);
        writer.Write(BucketBits);
        writer.Write(Temperature);
        writer.Write(Languages.Count);
        for (var l = 0; l < Languages.Count; l++)
        {
            writer.Write(Languages[l]);
            writer.Write(costs[l]);
        }
    }

    /// <summary>Reads a model; <paramref name="name"/> names it in errors.</summary>
    public static NGramModel Read(Stream stream, string name)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadUInt32() != Magic)
            {
                throw Errors.LanternErrors.ModelCorrupt(name, "not a language model");
            }

            var format = reader.ReadInt32();
            if (format != FormatVersion)
            {
                throw Errors.LanternErrors.ModelCorrupt(name, $"format {format}, expected {FormatVersion}");
            }

            var version = reader.ReadString();
            var bits = reader.ReadInt32();
            if (bits is < 8 or > 24)
            {
                throw Errors.LanternErrors.ModelCorrupt(name, $"{bits} bucket bits");
            }

            var temperature = reader.ReadSingle();
            var count = reader.ReadInt32();
            if (count is < 1 or > 64)
            {
                throw Errors.LanternErrors.ModelCorrupt(name, $"{count} languages");
            }

            var languages = new string[count];
            var tables = new byte[count][];
            for (var l = 0; l < count; l++)
            {
                languages[l] = reader.ReadString();
                tables[l] = reader.ReadBytes(1 << bits);
                if (tables[l].Length != 1 << bits)
                {
                    throw Errors.LanternErrors.ModelCorrupt(name, "truncated");
                }
            }

            return new NGramModel(languages, bits, temperature, tables, version);
        }
        catch (EndOfStreamException)
        {
            throw Errors.LanternErrors.ModelCorrupt(name, "truncated");
        }
    }

    /// <summary>Turns per-language bucket counts into cost tables (add-<paramref name="alpha"/> smoothing).</summary>
    public static byte[][] CostsFrom(IReadOnlyList<long[]> counts, double alpha)
    {
        var tables = new byte[counts.Count][];
        for (var l = 0; l < counts.Count; l++)
        {
            var c = counts[l];
            var total = c.Sum() + alpha * c.Length;
            var table = new byte[c.Length];
            for (var b = 0; b < c.Length; b++)
            {
                var cost = -Math.Log((c[b] + alpha) / total) * CostScale;
                table[b] = (byte)Math.Clamp(Math.Round(cost), 0, 255);
            }

            tables[l] = table;
        }

        return tables;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Lantern.Errors;

namespace Lantern.Models.Internal;

/// <summary>
/// The model folder: <c>heads.bin</c> (the four linear layers, float32 little-endian, with a magic and a
/// format number) and <c>heads.json</c> (label sets, thresholds, feature layout and training settings).
/// </summary>
internal static class ModelFiles
{
    public const string WeightsFile = "heads.bin";
    public const string SettingsFile = "heads.json";
    private const int Magic = 0x48544E4C; // "LNTH"
    /// <summary>
    /// Format 5 adds the calibrators and presets to heads.json, format 6 the per-language thresholds; formats 4
    /// (uncalibrated, no presets) and 5 still load.
    /// </summary>
    private const int Format = 6;
    private const int OldestFormat = 4;
    private static readonly string[] Names = ["tagger", "paragraph", "genre", "frames"];
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Save(HeadsModel model, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var stream = File.Create(Path.Combine(directory, WeightsFile)))
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(Format);
            LinearModel[] layers = [model.Tagger, model.Paragraph, model.Genre, model.Frames];
            writer.Write(layers.Length);
            for (var i = 0; i < layers.Length; i++)
            {
                var layer = layers[i];
                writer.Write(Names[i]);
                writer.Write(layer.Inputs);
                writer.Write(layer.Outputs);
                writer.Write(layer.Softmax);
                foreach (var array in new[] { layer.Mean, layer.Scale, layer.Weights, layer.Bias })
                {
                    foreach (var v in array)
                    {
                        writer.Write(v);
                    }
                }
            }
        }

        var document = new SettingsDocument
        {
            Format = Format,
            Techniques = [.. Taxonomy.Labels.TechniqueLabels],
            Genres = [.. Taxonomy.Labels.Genres],
            Frames = [.. Taxonomy.Labels.Frames],
            SpanThresholds = model.SpanThresholds,
            ParagraphThresholds = model.ParagraphThresholds,
            FrameThresholds = model.FrameThresholds,
            GenreOffsets = model.GenreOffsets,
            Features = LexicalFeatures.Describe(),
            Calibration = CalibrationDocument.From(model.Calibration),
            LanguageThresholds = model.LanguageThresholds.Count == 0
                ? null
                : new SortedDictionary<string, PresetDocument>(model.LanguageThresholds.ToDictionary(l => l.Key, l => PresetDocument.From(l.Value)), StringComparer.Ordinal),
            Settings = new SortedDictionary<string, string>(model.Settings.ToDictionary(), StringComparer.Ordinal),
        };
        File.WriteAllText(Path.Combine(directory, SettingsFile), JsonSerializer.Serialize(document, Json) + "\n");
    }

    public static (HeadsModel Model, string Version) Load(string directory)
    {
        var weightsPath = Path.Combine(directory, WeightsFile);
        var settingsPath = Path.Combine(directory, SettingsFile);
        foreach (var path in new[] { weightsPath, settingsPath })
        {
            if (!File.Exists(path))
            {
                throw LanternErrors.ModelMissing(path);
            }
        }

        var weightBytes = File.ReadAllBytes(weightsPath);
        var settingsBytes = File.ReadAllBytes(settingsPath);
        SettingsDocument document;
        try
        {
            document = JsonSerializer.Deserialize<SettingsDocument>(settingsBytes) ?? throw new InvalidDataException("empty document");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw LanternErrors.ModelCorrupt(settingsPath, e.Message.Split('\n')[0]);
        }

        if (document.Format is < OldestFormat or > Format)
        {
            throw LanternErrors.ModelCorrupt(settingsPath, string.Create(CultureInfo.InvariantCulture, $"format {document.Format}; this version of Lantern reads formats {OldestFormat} to {Format}"));
        }

        if (document.Format >= 5 && document.Calibration is null)
        {
            throw LanternErrors.ModelCorrupt(settingsPath, "format 5 heads without their Calibration section");
        }

        if (!document.Techniques.SequenceEqual(Taxonomy.Labels.TechniqueLabels)
            || !document.Genres.SequenceEqual(Taxonomy.Labels.Genres)
            || !document.Frames.SequenceEqual(Taxonomy.Labels.Frames)
            || document.Features != LexicalFeatures.Describe()
            || document.SpanThresholds.Length != Taxonomy.Labels.TechniqueLabels.Count
            || document.ParagraphThresholds.Length != Taxonomy.Labels.TechniqueLabels.Count
            || document.FrameThresholds.Length != Taxonomy.Labels.Frames.Count
            || document.GenreOffsets.Length != Taxonomy.Labels.Genres.Count)
        {
            throw LanternErrors.ModelCorrupt(settingsPath, "format, label sets, feature layout or thresholds do not match this version of Lantern");
        }

        LinearModel[] layers;
        try
        {
            layers = ReadLayers(weightBytes, document.Format);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            throw LanternErrors.ModelCorrupt(weightsPath, e.Message);
        }

        var t = Taxonomy.Labels.TechniqueLabels.Count;
        if (layers[0].Inputs != Featurizer.TokenInputs || layers[0].Outputs != t
            || layers[1].Inputs != Featurizer.ParagraphInputs(t) || layers[1].Outputs != t
            || layers[2].Inputs != Featurizer.GenreInputs || layers[2].Outputs != Taxonomy.Labels.Genres.Count || !layers[2].Softmax
            || layers[3].Inputs != Featurizer.ArticleInputs || layers[3].Outputs != Taxonomy.Labels.Frames.Count)
        {
            throw LanternErrors.ModelCorrupt(weightsPath, "layer shapes do not match this version of Lantern");
        }

        var model = new HeadsModel(layers[0], layers[1], layers[2], layers[3], document.SpanThresholds, document.ParagraphThresholds, document.FrameThresholds, document.GenreOffsets, document.Settings);
        if (document.Calibration is { } calibration)
        {
            try
            {
                model = model with { Calibration = calibration.ToCalibration(t, Taxonomy.Labels.Frames.Count) };
            }
            catch (InvalidDataException e)
            {
                throw LanternErrors.ModelCorrupt(settingsPath, e.Message);
            }
        }

        if (document.LanguageThresholds is { Count: > 0 } perLanguage)
        {
            try
            {
                model = model with
                {
                    LanguageThresholds = perLanguage.ToDictionary(
                        l => Languages.LanguageCodes.Normalize(l.Key),
                        l => l.Value.ToThresholds(t, Taxonomy.Labels.Frames.Count, "language " + l.Key),
                        StringComparer.Ordinal),
                };
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentException)
            {
                throw LanternErrors.ModelCorrupt(settingsPath, e.Message);
            }
        }

        var hash = SHA256.HashData([.. weightBytes, .. settingsBytes]);
        return (model, "heads-" + Convert.ToHexStringLower(hash)[..12]);
    }

    private static LinearModel[] ReadLayers(byte[] bytes, int expectedFormat)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not a Lantern heads file");
        }

        var format = reader.ReadInt32();
        if (format != expectedFormat)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"format {format}, but heads.json is format {expectedFormat}"));
        }

        var count = reader.ReadInt32();
        if (count != Names.Length)
        {
            throw new InvalidDataException($"{count} layers, expected {Names.Length}");
        }

        var layers = new LinearModel[count];
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            if (name != Names[i])
            {
                throw new InvalidDataException($"layer '{name}', expected '{Names[i]}'");
            }

            var inputs = reader.ReadInt32();
            var outputs = reader.ReadInt32();
            var softmax = reader.ReadBoolean();
            if (inputs is <= 0 or > 100_000 || outputs is <= 0 or > 1000)
            {
                throw new InvalidDataException($"layer '{name}' has an impossible shape {inputs}x{outputs}");
            }

            float[] Read(int n)
            {
                var a = new float[n];
                for (var j = 0; j < n; j++)
                {
                    a[j] = reader.ReadSingle();
                    if (!float.IsFinite(a[j]))
                    {
                        throw new InvalidDataException($"layer '{name}' holds a non-finite number");
                    }
                }

                return a;
            }

            var mean = Read(inputs);
            var scale = Read(inputs);
            var weights = Read(inputs * outputs);
            var bias = Read(outputs);
            layers[i] = new LinearModel(inputs, outputs, softmax, mean, scale, weights, bias);
        }

        if (reader.BaseStream.Position != bytes.Length)
        {
            throw new InvalidDataException("trailing bytes after the last layer");
        }

        return layers;
    }

    private sealed class SettingsDocument
    {
        public int Format { get; set; }

        public string[] Techniques { get; set; } = [];

        public string[] Genres { get; set; } = [];

        public string[] Frames { get; set; } = [];

        public float[] SpanThresholds { get; set; } = [];

        public float[] ParagraphThresholds { get; set; } = [];

        public float[] FrameThresholds { get; set; } = [];

        public float[] GenreOffsets { get; set; } = [];

        public string Features { get; set; } = string.Empty;

        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public CalibrationDocument? Calibration { get; set; }

        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public SortedDictionary<string, PresetDocument>? LanguageThresholds { get; set; }

        public SortedDictionary<string, string> Settings { get; set; } = new(StringComparer.Ordinal);
    }
}

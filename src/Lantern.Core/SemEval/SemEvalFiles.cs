using System.Globalization;
using Lantern.Errors;
using Lantern.Taxonomy;

namespace Lantern.SemEval;

/// <summary>Reads and writes the SemEval-2023 Task 3 label files, reporting the line of any malformed row.</summary>
public static class SemEvalFiles
{
    public static IReadOnlyList<GenreLabel> ReadGenres(string path) =>
        [.. Rows(path, 2, 2).Select(r => new GenreLabel(r.Fields[0], r.Fields[1].Trim()))];

    public static IReadOnlyList<FrameLabels> ReadFrames(string path) =>
        [.. Rows(path, 1, 2).Select(r => new FrameLabels(r.Fields[0], SplitList(r.Fields.Length > 1 ? r.Fields[1] : string.Empty)))];

    public static IReadOnlyList<ParagraphLabels> ReadParagraphs(string path) =>
        [.. Rows(path, 2, 3).Select(r => new ParagraphLabels(
            r.Fields[0],
            ParseInt(path, r, 1),
            [.. SplitList(r.Fields.Length > 2 ? r.Fields[2] : string.Empty).Select(t => Labels.NormalizeTechnique(t) ?? t)]))];

    /// <summary>Reads one span file, or every <c>*.txt</c> file of a folder (ordered by name).</summary>
    public static IReadOnlyList<SpanLabel> ReadSpans(string path)
    {
        if (Directory.Exists(path))
        {
            return [.. Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal).SelectMany(ReadSpans)];
        }

        return [.. Rows(path, 4, 4).Select(r => new SpanLabel(
            r.Fields[0],
            Labels.NormalizeTechnique(r.Fields[1]) ?? r.Fields[1],
            ParseInt(path, r, 2),
            ParseInt(path, r, 3)))];
    }

    public static void WriteGenres(TextWriter writer, IEnumerable<GenreLabel> rows)
    {
        foreach (var r in rows)
        {
            writer.Write($"{r.ArticleId}\t{r.Genre}\n");
        }
    }

    public static void WriteFrames(TextWriter writer, IEnumerable<FrameLabels> rows)
    {
        foreach (var r in rows)
        {
            writer.Write($"{r.ArticleId}\t{string.Join(',', r.Frames)}\n");
        }
    }

    public static void WriteParagraphs(TextWriter writer, IEnumerable<ParagraphLabels> rows)
    {
        foreach (var r in rows)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{r.ArticleId}\t{r.Line}\t{string.Join(',', r.Techniques)}\n"));
        }
    }

    public static void WriteSpans(TextWriter writer, IEnumerable<SpanLabel> rows)
    {
        foreach (var r in rows)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{r.ArticleId}\t{r.Technique}\t{r.StartCodePoint}\t{r.EndCodePoint}\n"));
        }
    }

    private static IReadOnlyList<string> SplitList(string field) =>
        [.. field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static int ParseInt(string path, Row row, int field) =>
        int.TryParse(row.Fields[field], NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw LanternErrors.MalformedLine(path, row.Line, $"field {field + 1} '{row.Fields[field]}' is not a non-negative integer");

    private static IEnumerable<Row> Rows(string path, int minFields, int maxFields)
    {
        if (!File.Exists(path))
        {
            throw LanternErrors.NotFound(path);
        }

        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < minFields || fields.Length > maxFields || fields[0].Trim().Length == 0)
            {
                throw LanternErrors.MalformedLine(path, lineNumber, $"expected {minFields}–{maxFields} tab-separated fields, found {fields.Length}");
            }

            fields[0] = fields[0].Trim();
            yield return new Row(lineNumber, fields);
        }
    }

    private sealed record Row(int Line, string[] Fields);
}

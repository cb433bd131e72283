using System.Globalization;
using Lantern.Errors;
using Lantern.Taxonomy;

namespace Lantern.SemEval;

/// <summary>Reads and writes the SemEval-2023 Task 3 label files, reporting the line of any malformed row.</summary>
public static class SemEvalFiles
{
    public static IReadOnlyList<GenreLabel> ReadGenres(string path) => ReadGenres(Lines(path), path);

    /// <summary>Reads genre rows from a reader; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<GenreLabel> ReadGenres(TextReader reader, string name) => ReadGenres(Lines(reader), name);

    public static IReadOnlyList<FrameLabels> ReadFrames(string path) => ReadFrames(Lines(path), path);

    /// <summary>Reads frame rows from a reader; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<FrameLabels> ReadFrames(TextReader reader, string name) => ReadFrames(Lines(reader), name);

    public static IReadOnlyList<ParagraphLabels> ReadParagraphs(string path) => ReadParagraphs(Lines(path), path);

    /// <summary>Reads paragraph rows from a reader; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<ParagraphLabels> ReadParagraphs(TextReader reader, string name) => ReadParagraphs(Lines(reader), name);

    /// <summary>Reads one span file, or every <c>*.txt</c> file of a folder (ordered by name).</summary>
    public static IReadOnlyList<SpanLabel> ReadSpans(string path)
    {
        if (Directory.Exists(path))
        {
            return [.. Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal).SelectMany(ReadSpans)];
        }

        return ReadSpans(Lines(path), path);
    }

    /// <summary>Reads span rows from a reader; <paramref name="name"/> names it in errors.</summary>
    public static IReadOnlyList<SpanLabel> ReadSpans(TextReader reader, string name) => ReadSpans(Lines(reader), name);

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

    private static IReadOnlyList<GenreLabel> ReadGenres(IEnumerable<string> lines, string name) =>
        [.. Rows(lines, name, 2, 2).Select(r => new GenreLabel(r.Fields[0], r.Fields[1].Trim()))];

    private static IReadOnlyList<FrameLabels> ReadFrames(IEnumerable<string> lines, string name) =>
        [.. Rows(lines, name, 1, 2).Select(r => new FrameLabels(r.Fields[0], SplitList(r.Fields.Length > 1 ? r.Fields[1] : string.Empty)))];

    private static IReadOnlyList<ParagraphLabels> ReadParagraphs(IEnumerable<string> lines, string name) =>
        [.. Rows(lines, name, 2, 3).Select(r => new ParagraphLabels(
            r.Fields[0],
            ParseInt(name, r, 1),
            [.. SplitList(r.Fields.Length > 2 ? r.Fields[2] : string.Empty).Select(t => Labels.NormalizeTechnique(t) ?? t)]))];

    private static IReadOnlyList<SpanLabel> ReadSpans(IEnumerable<string> lines, string name) =>
        [.. Rows(lines, name, 4, 4).Select(r => new SpanLabel(
            r.Fields[0],
            Labels.NormalizeTechnique(r.Fields[1]) ?? r.Fields[1],
            ParseInt(name, r, 2),
            ParseInt(name, r, 3)))];

    private static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadLines(path) : throw LanternErrors.NotFound(path);

    private static IEnumerable<string> Lines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static IReadOnlyList<string> SplitList(string field) =>
        [.. field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static int ParseInt(string path, Row row, int field) =>
        int.TryParse(row.Fields[field], NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw LanternErrors.MalformedLine(path, row.Line, $"field {field + 1} '{row.Fields[field]}' is not a non-negative integer");

    private static IEnumerable<Row> Rows(IEnumerable<string> lines, string path, int minFields, int maxFields)
    {
        var lineNumber = 0;
        foreach (var raw in lines)
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

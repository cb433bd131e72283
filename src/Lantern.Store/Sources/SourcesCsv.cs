using Lantern.Errors;

namespace Lantern.Store.Sources;

/// <summary>
/// Reads the user-edited <c>sources.csv</c>: a header naming the columns (any order; <c>domain</c> and <c>name</c>
/// required; <c>country</c>, <c>language</c>, <c>orientation</c>, <c>tags</c> optional, tags separated by <c>;</c> or
/// <c>|</c>), then one outlet per line. Fields may be quoted ("..." with "" for a quote). Domains are lower-cased
/// and lose a leading <c>www.</c>, as article sources are named.
/// </summary>
public static class SourcesCsv
{
    public static IReadOnlyList<SourceRecord> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw LanternErrors.NotFound(path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static IReadOnlyList<SourceRecord> Parse(string csv, string name)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        var header = -1;
        string[] columns = [];
        var sources = new List<SourceRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var fields = Split(line, name, i + 1);
            if (header < 0)
            {
                header = i;
                columns = [.. fields.Select(f => f.Trim().ToLowerInvariant())];
                foreach (var required in new[] { "domain", "name" })
                {
                    if (!columns.Contains(required))
                    {
                        throw LanternErrors.MalformedLine(name, i + 1, $"the header has no '{required}' column (found: {string.Join(", ", columns)})");
                    }
                }

                continue;
            }

            if (fields.Count != columns.Length)
            {
                throw LanternErrors.MalformedLine(name, i + 1, $"{fields.Count} fields, the header has {columns.Length}");
            }

            string? Field(string column)
            {
                var index = Array.IndexOf(columns, column);
                return index < 0 || string.IsNullOrWhiteSpace(fields[index]) ? null : fields[index].Trim();
            }

            var domain = NormalizeDomain(Field("domain") ?? throw LanternErrors.MalformedLine(name, i + 1, "the domain is empty"));
            if (!seen.Add(domain))
            {
                throw LanternErrors.DuplicateRow(name, $"domain '{domain}'");
            }

            sources.Add(new SourceRecord(
                domain,
                Field("name") ?? domain,
                Field("country"),
                Field("language")?.ToLowerInvariant(),
                Field("orientation"),
                (Field("tags") ?? string.Empty).Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        return header < 0 ? throw LanternErrors.EmptyInput(name) : sources;
    }

    public static string NormalizeDomain(string domain)
    {
        var d = domain.Trim().ToLowerInvariant();
        if (Uri.TryCreate(d, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            d = uri.Host;
        }

        return d.StartsWith("www.", StringComparison.Ordinal) ? d[4..] : d.TrimEnd('/');
    }

    private static List<string> Split(string line, string name, int number)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw LanternErrors.MalformedLine(name, number, "a quoted field is not closed");
        }

        fields.Add(field.ToString());
        return fields;
    }
}

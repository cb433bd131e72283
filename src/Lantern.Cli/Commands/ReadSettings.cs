using System.ComponentModel;
using Lantern.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>Arguments of <c>lantern read</c>.</summary>
public sealed class ReadSettings : CommandSettings
{
    public static IReadOnlyList<string> Formats { get; } = ["text", "json"];

    public static IReadOnlyList<string> Types { get; } = ["text", "semeval", "html"];

    [CommandArgument(0, "<FILE>")]
    [Description("The article: a text, SemEval or HTML file, or [green]-[/] for standard input.")]
    public string File { get; set; } = string.Empty;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: [green]text[/] (readable) or [green]json[/].")]
    [DefaultValue("text")]
    public string Format { get; set; } = "text";

    [CommandOption("--lenient")]
    [Description("Read invalid UTF-8 with replacement characters (and a warning) instead of refusing it.")]
    public bool Lenient { get; set; }

    [CommandOption("--max-bytes <N>")]
    [Description("Refuse inputs larger than this many bytes.")]
    [DefaultValue(64L * 1024 * 1024)]
    public long MaxBytes { get; set; } = ReadOptions.Default.MaxBytes;

    [CommandOption("--type <TYPE>")]
    [Description("Input type: [green]text[/], [green]semeval[/] or [green]html[/]; by default decided from the file name and content.")]
    public string? Type { get; set; }

    public ReadOptions ToReadOptions() => new() { MaxBytes = MaxBytes, Lenient = Lenient, Format = Type };

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(File))
        {
            return ValidationResult.Error("FILE is required (a path, or - for standard input)");
        }

        if (!Formats.Contains(Format))
        {
            return ValidationResult.Error($"--format: unknown value '{Format}' (expected one of: {string.Join(", ", Formats)})");
        }

        if (Type is not null && !Types.Contains(Type))
        {
            return ValidationResult.Error($"--type: unknown value '{Type}' (expected one of: {string.Join(", ", Types)})");
        }

        return MaxBytes <= 0 ? ValidationResult.Error("--max-bytes must be positive") : ValidationResult.Success();
    }
}

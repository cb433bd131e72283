using System.Globalization;
using Lantern.Cli.Internal;
using Lantern.Measures;
using Lantern.SemEval;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Lantern.Cli.Commands;

/// <summary>
/// <c>lantern eval</c>: scores a prediction file against gold labels with the official measures
/// (<see cref="GenreMeasure"/>, <see cref="FramingMeasure"/>, <see cref="ParagraphTechniqueMeasure"/>,
/// <see cref="SpanMeasure"/>) and prints one JSON object; on a terminal a table comes first.
/// </summary>
public sealed class EvalCommand(CliConsole console) : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var task = settings.Task!;
        var gold = LabelFiles.ResolveGold(task, settings.Gold!);
        var pred = settings.Pred!;
        LabelFiles.Check(gold, settings.MaxBytes);
        LabelFiles.Check(pred, settings.MaxBytes);
        cancellationToken.ThrowIfCancellationRequested();

        var report = task switch
        {
            "genre" => Labels(task, "macro_f1", gold, pred, GenreMeasure.Score(SemEvalFiles.ReadGenres(gold), SemEvalFiles.ReadGenres(pred), gold, pred)),
            "framing" => Labels(task, "micro_f1", gold, pred, FramingMeasure.Score(SemEvalFiles.ReadFrames(gold), SemEvalFiles.ReadFrames(pred), gold, pred)),
            "paragraphs" => Labels(task, "micro_f1", gold, pred, ParagraphTechniqueMeasure.Score(SemEvalFiles.ReadParagraphs(gold), SemEvalFiles.ReadParagraphs(pred), gold, pred)),
            _ => Spans(gold, pred, SpanMeasure.Score(SemEvalFiles.ReadSpans(gold), SemEvalFiles.ReadSpans(pred), LabelFiles.SpanArticles(gold), gold, pred)),
        };

        if (console.OutputIsTerminal)
        {
            console.Ansi.Write(Table(report));
        }

        console.Out.WriteLine(Json.Serialize(report));
        return ExitCodes.Ok;
    }

    private static EvalReport Labels(string task, string official, string gold, string pred, ClassificationScore s) => new()
    {
        Task = task,
        Official = official,
        F1 = official == "macro_f1" ? s.MacroF1 : s.MicroF1,
        Precision = s.Precision,
        Recall = s.Recall,
        MicroF1 = s.MicroF1,
        MacroF1 = s.MacroF1,
        Units = s.Units,
        MissingPredictions = s.MissingPredictions,
        IgnoredPredictions = s.IgnoredPredictions,
        Gold = gold,
        Pred = pred,
        PerLabel = [.. s.PerLabel.Select(l => new EvalLabel(l.Label, l.Gold, l.Predicted, l.Correct, l.Precision, l.Recall, l.F1, l.Counted))],
    };

    private static EvalReport Spans(string gold, string pred, SpanScore s) => new()
    {
        Task = "spans",
        Official = "f1",
        F1 = s.Aware.F1,
        Precision = s.Aware.Precision,
        Recall = s.Aware.Recall,
        F1Blind = s.Blind.F1,
        PrecisionBlind = s.Blind.Precision,
        RecallBlind = s.Blind.Recall,
        Articles = s.Articles,
        GoldSpans = s.GoldSpans,
        PredictedSpans = s.PredictedSpans,
        IgnoredPredictions = s.IgnoredPredictions,
        Gold = gold,
        Pred = pred,
        PerLabel = [.. s.PerTechnique.Select(t => new EvalLabel(t.Technique, t.GoldSpans, t.PredictedSpans, null, t.Precision, t.Recall, t.F1, true))],
    };

    private static Table Table(EvalReport r)
    {
        var table = new Table { Title = new TableTitle($"{r.Task}: {r.Official} = {F(r.F1)}") };
        table.AddColumns("label", "gold", "predicted", "correct", "precision", "recall", "F1");
        foreach (var l in r.PerLabel)
        {
            table.AddRow(
                Markup.Escape(l.Label) + (l.Counted ? string.Empty : " (not counted)"),
                l.Gold.ToString(CultureInfo.InvariantCulture),
                l.Predicted.ToString(CultureInfo.InvariantCulture),
                l.Correct?.ToString(CultureInfo.InvariantCulture) ?? "-",
                F(l.Precision),
                F(l.Recall),
                F(l.F1));
        }

        table.AddEmptyRow();
        if (r.F1Blind is { } blind)
        {
            table.AddRow("[bold]all (technique-aware)[/]", string.Empty, string.Empty, string.Empty, F(r.Precision ?? 0), F(r.Recall ?? 0), F(r.F1));
            table.AddRow("[bold]all (technique-blind)[/]", string.Empty, string.Empty, string.Empty, F(r.PrecisionBlind ?? 0), F(r.RecallBlind ?? 0), F(blind));
        }
        else
        {
            table.AddRow("[bold]micro[/]", string.Empty, string.Empty, string.Empty, F(r.Precision ?? 0), F(r.Recall ?? 0), F(r.MicroF1 ?? 0));
            table.AddRow("[bold]macro[/]", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, F(r.MacroF1 ?? 0));
        }

        return table;
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}

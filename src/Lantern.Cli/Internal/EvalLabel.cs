namespace Lantern.Cli.Internal;

/// <summary>One label's row in <see cref="EvalReport.PerLabel"/>. For spans, gold and predicted count spans and correct is absent.</summary>
internal sealed record EvalLabel(
    string Label,
    int Gold,
    int Predicted,
    int? Correct,
    double Precision,
    double Recall,
    double F1,
    bool Counted);

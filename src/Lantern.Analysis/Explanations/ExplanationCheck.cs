namespace Lantern.Analysis.Explanations;

/// <summary>
/// The deletion test of the occlusion explanations over <see cref="Spans"/> spans of <see cref="Articles"/>
/// articles: deleting each span's top <c>k</c> cue words (k = min(3, words in the span − 1)) together lowers the
/// paragraph's technique score by <see cref="MeanCueDrop"/> on average; deleting k random words of the same span
/// (mean of three draws) lowers it by <see cref="MeanRandomDrop"/>. <see cref="CueBeatsRandom"/> is the share of
/// spans where the cue deletion lowered the score more.
/// </summary>
public sealed record ExplanationCheck(int Articles, int Spans, double MeanCueDrop, double MeanRandomDrop, double CueBeatsRandom, double MeanBaseline, double Seconds);

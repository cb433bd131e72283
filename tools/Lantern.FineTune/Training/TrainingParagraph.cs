using Lantern.Text;

namespace Lantern.FineTune.Training;

/// <summary>A paragraph of a <see cref="TrainingText"/> and the techniques its gold labels name.</summary>
public sealed record TrainingParagraph(TextSpan Span, IReadOnlyList<int> Techniques);

using Lantern.Text;

namespace Lantern.FineTune.Training;

/// <summary>
/// One text to fine-tune on: its paragraphs, each with its technique indices (into
/// <see cref="Taxonomy.Labels.TechniqueLabels"/>), and the technique spans, all as offsets into <paramref name="Text"/>.
/// </summary>
public sealed record TrainingText(string Key, string Text, IReadOnlyList<TrainingParagraph> Paragraphs, IReadOnlyList<TechniqueSpan> Spans);

using Lantern.Text;

namespace Lantern.FineTune.Training;

/// <summary>A gold technique span: the technique's index and its characters in the text.</summary>
public readonly record struct TechniqueSpan(int Technique, TextSpan Span);

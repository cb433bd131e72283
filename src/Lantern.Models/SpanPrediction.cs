using Lantern.Text;

namespace Lantern.Models;

/// <summary>A technique found on an exact range of the article text.</summary>
public sealed record SpanPrediction(string Technique, TextSpan Span, double Score);

namespace Lantern.Store;

/// <summary>
/// One finding to find neighbours for: its kind (<c>span</c> or <c>paragraph</c>, see
/// <see cref="Analysis.Embeddings.PassageKind"/>), its technique and its unit vector. Only stored passages of the
/// same kind and technique are compared.
/// </summary>
public sealed record PassageQuery(string Kind, string Technique, float[] Vector);

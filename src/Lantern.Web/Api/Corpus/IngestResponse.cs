namespace Lantern.Web.Api.Corpus;

/// <summary>What <c>POST /api/ingest</c> did: stored the analysed article, or found the same text stored already.</summary>
public sealed record IngestResponse(bool Added, bool Duplicate, string Model, string Genre, int Spans);

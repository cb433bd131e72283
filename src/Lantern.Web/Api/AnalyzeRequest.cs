namespace Lantern.Web.Api;

/// <summary>
/// The JSON body of <c>POST /api/analyze</c>: the article <see cref="Text"/>, or a <see cref="Url"/> for the server
/// to fetch (when both are given the text is analysed and the URL is kept as its source); an optional <see cref="Title"/>.
/// </summary>
public sealed record AnalyzeRequest(string? Text, string? Title, string? Url);

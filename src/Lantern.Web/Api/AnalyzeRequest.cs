using System.ComponentModel;

namespace Lantern.Web.Api;

/// <summary>
/// The JSON body of <c>POST /api/analyze</c>: the article <see cref="Text"/>, or a <see cref="Url"/> for the server
/// to fetch (when both are given the text is analysed and the URL is kept as its source); an optional <see cref="Title"/>.
/// </summary>
public sealed record AnalyzeRequest(
    [property: Description("The article as plain text (its first line is the title unless title is given).")] string? Text,
    [property: Description("The title (optional).")] string? Title,
    [property: Description("With no text: an http(s) page for the server to fetch and read; with text: kept as the article's source.")] string? Url);

using System.Text.Json;
using Lantern.Documents;
using Lantern.Errors;
using Lantern.Languages;
using Lantern.Models.Internal;

namespace Lantern.Models.Heads;

/// <summary>
/// Sends each article to the heads that cross-validated best for its language. A model folder may hold
/// <c>routes.json</c>, an object from language code to a sub-folder with its own heads
/// (<c>{"fr": "multilingual", "ru": "multilingual"}</c>; SemEval's <c>ge</c>/<c>po</c> are accepted);
/// every other language, and an undetermined one, goes to the folder's own heads. Each prediction carries
/// the version of the heads that made it. Thread-safe.
/// </summary>
public sealed class LanguageRoutedHeads : IArticleHeads
{
    /// <summary>The routing file's name inside a model folder.</summary>
    public const string RoutesFile = "routes.json";

    private readonly IArticleHeads fallback;
    private readonly IReadOnlyDictionary<string, IArticleHeads> routes;

    private LanguageRoutedHeads(IArticleHeads fallback, IReadOnlyDictionary<string, IArticleHeads> routes)
    {
        this.fallback = fallback;
        this.routes = routes;
        Version = string.Join(',', new[] { fallback.Version }.Concat(routes.Values.Select(h => h.Version)).Distinct());
    }

    /// <summary>The versions of all heads in the folder, the default first.</summary>
    public string Version { get; }

    /// <summary>Languages with their own heads (normalised codes).</summary>
    public IReadOnlyCollection<string> RoutedLanguages => [.. routes.Keys];

    /// <summary>
    /// Loads the heads of <paramref name="directory"/> and, when it has a <see cref="RoutesFile"/>, those it routes to.
    /// Without one this is just <see cref="TrainedHeads.Load"/>.
    /// </summary>
    public static IArticleHeads Load(string directory)
    {
        var fallback = TrainedHeads.Load(directory);
        var path = Path.Combine(directory, RoutesFile);
        if (!File.Exists(path))
        {
            return fallback;
        }

        Dictionary<string, string>? map;
        try
        {
            map = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw LanternErrors.ModelCorrupt(path, e.Message);
        }

        var loaded = new Dictionary<string, IArticleHeads>(StringComparer.Ordinal);
        var routes = new Dictionary<string, IArticleHeads>(StringComparer.Ordinal);
        foreach (var (language, folder) in map ?? [])
        {
            if (string.IsNullOrWhiteSpace(folder) || Path.IsPathRooted(folder) || folder.Contains("..", StringComparison.Ordinal))
            {
                throw LanternErrors.ModelCorrupt(path, $"route '{language}' must name a sub-folder, not '{folder}'");
            }

            if (!loaded.TryGetValue(folder, out var heads))
            {
                heads = TrainedHeads.Load(Path.Combine(directory, folder));
                loaded[folder] = heads;
            }

            if (heads.Encoder != fallback.Encoder)
            {
                throw LanternErrors.ModelCorrupt(Path.Combine(directory, folder, ModelFiles.SettingsFile), $"its heads were trained on {heads.Encoder}, the default heads on {fallback.Encoder}: train both on the same encoder");
            }

            routes[LanguageCodes.Normalize(language)] = heads;
        }

        return new LanguageRoutedHeads(fallback, routes);
    }

    /// <summary>The heads an article in <paramref name="language"/> goes to.</summary>
    public IArticleHeads For(string language) =>
        routes.TryGetValue(LanguageCodes.Normalize(language), out var heads) ? heads : fallback;

    /// <summary>The encoder of the fallback heads; <see cref="Load"/> refuses routes whose heads name another.</summary>
    public string? Encoder => fallback.Encoder;

    /// <summary>Every routed heads with the thresholds of <paramref name="preset"/>.</summary>
    public IArticleHeads WithPreset(ConfidencePreset preset) =>
        new LanguageRoutedHeads(fallback.WithPreset(preset), routes.ToDictionary(r => r.Key, r => r.Value.WithPreset(preset), StringComparer.Ordinal));

    public HeadPredictions Predict(ArticleDocument document, IReadOnlyList<TokenStates> paragraphStates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return For(document.Language.Code).Predict(document, paragraphStates, cancellationToken);
    }
}

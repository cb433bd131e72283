namespace Lantern.Actions;

/// <summary>
/// The calls to action of one article and the article-level flag. <see cref="Flag"/> is the most severe class
/// among the calls made in the author's own voice (null when the author makes none): a quoted or reported call
/// is listed but does not raise it. <see cref="Evidence"/> holds the author's calls of that class.
/// </summary>
public sealed record CallToActionReport(ActionClass? Flag, IReadOnlyList<CallToAction> Calls)
{
    public static CallToActionReport None { get; } = new(null, []);

    /// <summary>True when the author calls for hostile or violent action.</summary>
    public bool Incitement => Flag is ActionClass.Hostile or ActionClass.Violent;

    /// <summary>The author's calls of class <see cref="Flag"/>: the sentences that raise the flag.</summary>
    public IReadOnlyList<CallToAction> Evidence => Flag is { } flag ? [.. Calls.Where(c => c.Class == flag && !c.Voice.IsOthers)] : [];
}

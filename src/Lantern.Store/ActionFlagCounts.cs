namespace Lantern.Store;

/// <summary>
/// How many articles of a group carry each call-to-action flag (the most severe call the author makes in their own
/// voice); <see cref="Unknown"/> counts analyses stored before flags were recorded.
/// </summary>
public sealed record ActionFlagCounts(long Civic, long Hostile, long Violent, long Unknown);

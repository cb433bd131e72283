namespace Lantern.Store;

/// <summary>What <c>lantern stats --by</c> groups articles by.</summary>
public enum StatsDimension
{
    Source,
    Month,
    Week,
    Technique,
    Frame,
    Genre,
}

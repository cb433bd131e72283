namespace Lantern.Store.Internal;

/// <summary>Where a part of a stats query is read from (<see cref="StatsCells.Parts"/>).</summary>
internal enum StatsPart
{
    /// <summary>The roll-up tables.</summary>
    Cells,

    /// <summary>A scan of every span of the matching articles.</summary>
    Scan,

    /// <summary>The spans whose score lies between an off-grid threshold and the next grid point (<see cref="StatsCells.BandTop"/>).</summary>
    Band,
}

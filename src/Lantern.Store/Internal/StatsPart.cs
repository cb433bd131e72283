namespace Lantern.Store.Internal;

/// <summary>Where a part of a stats query is read from (<see cref="StatsCells.Parts"/>).</summary>
internal enum StatsPart
{
    /// <summary>The roll-up tables.</summary>
    Cells,

    /// <summary>The week cells of days in one month that whole ISO weeks (or their parts in that month) cover.</summary>
    WeekCells,

    /// <summary>A scan of every span of the matching articles.</summary>
    Scan,

    /// <summary>The fine score steps (0.01) from a threshold up to the next 0.05 grid point (<see cref="StatsCells.BandTop"/>).</summary>
    FineCells,

    /// <summary>The spans whose score lies between a threshold off the 0.01 grid and the next 0.01 grid point (<see cref="StatsCells.FineTop"/>).</summary>
    Band,
}

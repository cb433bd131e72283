using Lantern.Store;
using ScottPlot;

namespace Lantern.Cli.Internal;

/// <summary>
/// Draws stats with ScottPlot (headless, SkiaSharp): by technique, one bar per technique (spans per 1,000 words);
/// by any other dimension, one line per technique across the groups, for the six most frequent techniques.
/// </summary>
internal static class StatsPlot
{
    private const int MaxSeries = 6;

    public static void Save(IReadOnlyList<StatsRow> rows, StatsDimension by, string file)
    {
        var plot = new Plot();
        plot.YLabel("spans per 1,000 words");
        if (by == StatsDimension.Technique)
        {
            var ordered = rows.OrderByDescending(r => r.PerThousandWords).ToList();
            var bars = plot.Add.Bars(ordered.Select(r => r.PerThousandWords).ToArray());
            bars.Color = Colors.SteelBlue;
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, ordered.Count).Select(i => (double)i)], [.. ordered.Select(r => r.Technique)]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = 60;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 220;
            plot.Title("Techniques: spans per 1,000 words");
        }
        else
        {
            var groups = rows.Select(r => r.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var top = rows.GroupBy(r => r.Technique).OrderByDescending(g => g.Sum(r => r.Spans)).Take(MaxSeries).Select(g => g.Key).ToList();
            var xs = Enumerable.Range(0, groups.Count).Select(i => (double)i).ToArray();
            foreach (var technique in top)
            {
                var byGroup = rows.Where(r => r.Technique == technique).ToDictionary(r => r.Group, r => r.PerThousandWords, StringComparer.Ordinal);
                var line = plot.Add.Scatter(xs, [.. groups.Select(g => byGroup.GetValueOrDefault(g))]);
                line.LegendText = technique;
            }

            plot.Axes.Bottom.SetTicks(xs, [.. groups.Select(g => g.Length == 0 ? "(none)" : g)]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 120;
            plot.ShowLegend(Edge.Right);
            plot.Title($"Techniques by {by.ToString().ToLowerInvariant()}: spans per 1,000 words");
        }

        if (Path.GetExtension(file).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(file, 1200, 700);
        }
        else
        {
            plot.SavePng(file, 1200, 700);
        }
    }
}

using System.Globalization;

namespace Lantern.Store.Tests;

/// <summary>Short articles written for these tests (never real news text): each distinct, a title line and paragraphs.</summary>
internal static class Fixtures
{
    private static readonly string[] Towns = ["Alderbrook", "Bexmoor", "Calder Falls", "Dunmere", "Eastwick", "Farrow", "Glenholm", "Harlow Cross", "Ivybridge", "Juniper Bay", "Kestrel", "Linwood", "Marsh End", "Northam"];

    public static string Article(int i)
    {
        var town = Towns[i % Towns.Length];
        var n = i.ToString(CultureInfo.InvariantCulture);
        return $"""
            {town} council votes on budget number {n}

            The council of {town} met on Tuesday evening and voted on budget plan {n}, which raises the parking fee and cuts library hours.

            Critics called the plan a disgraceful betrayal of every family in {town}, and said the mayor had lied to voters for years.

            Supporters answered that without the cuts the town would face ruin, and that anyone who disagrees simply does not care about the future.

            The vote passed seven to four. A second reading of plan {n} is expected next month.
            """;
    }

    public static string Jsonl(params int[] ids) =>
        string.Concat(ids.Select(i => System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "j" + i.ToString(CultureInfo.InvariantCulture),
            text = Article(i),
            source = "jsonl.example",
            published = $"2026-0{1 + (i % 9)}-1{i % 10}T08:00:00Z",
            lang = "en",
        }) + "\n"));
}

using Lantern.Store.Synthetic;

namespace Lantern.Store.Tests;

/// <summary><c>lantern sources import</c> and filtering articles by a source's name.</summary>
public sealed class SourcesImportTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_sources_csv_When_imported_twice_Then_outlets_are_stored_once_and_a_name_filters_like_its_domain(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var csv = test.File("sources.csv", $"""
            # outlets of the test corpus
            domain,name,country,language,orientation,tags
            https://www.{SyntheticCorpus.Sources[0]}/,"Outlet One, Daily",GB,EN,centre,print;daily
            {SyntheticCorpus.Sources[1]},Outlet Two,IE,en,,
            """);
        await using (var store = await test.OpenAsync())
        {
            await store.SaveAsync([.. Enumerable.Range(0, 40).Select(i => SyntheticCorpus.Entry(i, seed: 9))]);
        }

        var first = Cli.Run("sources", "import", csv, "--db", test.Db);
        var second = Cli.Run("sources", "import", csv, "--db", test.Db);
        var byName = Cli.Run("stats", "--by", "source", "--source", "Outlet One, Daily", "--format", "csv", "--db", test.Db);
        var byDomain = Cli.Run("stats", "--by", "source", "--source", SyntheticCorpus.Sources[0], "--format", "csv", "--db", test.Db);

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("2 source(s) imported", second.Out, StringComparison.Ordinal);
        await using var reopened = await test.OpenAsync();
        var sources = await reopened.SourcesAsync();
        Assert.Equal(2, sources.Count);
        var one = sources[0];
        Assert.Equal(SyntheticCorpus.Sources[0], one.Domain);
        Assert.Equal("Outlet One, Daily", one.Name);
        Assert.Equal("en", one.Language);
        Assert.Equal(["print", "daily"], one.Tags);
        Assert.Null(sources[1].Orientation);
        Assert.Equal(byDomain.Out, byName.Out);
        Assert.StartsWith("source,technique", byName.Out, StringComparison.Ordinal);
        Assert.All(byName.Out.TrimEnd().Split('\n').Skip(1), l => Assert.StartsWith(SyntheticCorpus.Sources[0] + ",", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_csv_without_a_domain_column_When_imported_Then_the_line_and_the_missing_column_are_named()
    {
        await using var test = await TestStore.CreateAsync("sqlite");
        var csv = test.File("bad.csv", "name,country\nOutlet,GB\n");

        var (code, _, err) = Cli.Run("sources", "import", csv, "--db", test.Db);

        Assert.Equal(2, code);
        Assert.Contains("bad.csv:1: the header has no 'domain' column", err, StringComparison.Ordinal);
    }
}

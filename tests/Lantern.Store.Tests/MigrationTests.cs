using Lantern.Errors;

namespace Lantern.Store.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_empty_database_When_migrated_twice_Then_the_first_run_reaches_the_latest_version_and_the_second_applies_nothing(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        await using var store = CorpusStores.Create(test.Db);

        Assert.Equal(0, await store.SchemaVersionAsync());
        var first = await store.MigrateAsync();
        var second = await store.MigrateAsync();

        Assert.Equal(Enumerable.Range(1, store.LatestSchemaVersion), first);
        Assert.Empty(second);
        Assert.Equal(store.LatestSchemaVersion, await store.SchemaVersionAsync());
        Assert.Equal(store.LatestSchemaVersion, await test.ScalarAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_an_unmigrated_database_When_searched_Then_the_cli_refuses_with_a_hint_to_migrate(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);

        var (code, _, err) = Cli.Run("search", "budget", "--db", test.Db);

        Assert.Equal(1, code);
        Assert.Contains("schema is version 0", err, StringComparison.Ordinal);
        Assert.Contains("lantern db migrate", err, StringComparison.Ordinal);
        await Assert.ThrowsAsync<UsageException>(() => CorpusStores.OpenAsync(test.Db, migrate: false));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_the_cli_When_db_migrate_runs_Then_it_reports_the_version_applied_and_then_up_to_date(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);

        var first = Cli.Run("db", "migrate", "--db", test.Db);
        var second = Cli.Run("db", "migrate", "--db", test.Db);

        Assert.Equal(0, first.Code);
        Assert.Contains("applied migration(s) 1, 2, 3, 4;", first.Out, StringComparison.Ordinal);
        Assert.Contains($"({kind})", first.Out, StringComparison.Ordinal);
        Assert.Contains("schema is up to date (version 4", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_postgres_url_When_converted_Then_every_part_lands_in_the_connection_string()
    {
        var cs = CorpusStores.ToConnectionString("postgresql://ann:p%40ss@db.example:6543/news?sslmode=disable");

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(cs);
        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("news", builder.Database);
        Assert.Equal("ann", builder.Username);
        Assert.Equal("p@ss", builder.Password);
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
        Assert.IsType<PostgresCorpusStore>(CorpusStores.Create("postgres://ann@localhost/news"));
        Assert.IsType<SqliteCorpusStore>(CorpusStores.Create(Path.Combine(Path.GetTempPath(), "x.db")));
    }
}

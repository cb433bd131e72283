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
        Assert.Contains("applied migration(s) 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;", first.Out, StringComparison.Ordinal);
        Assert.Contains($"({kind})", first.Out, StringComparison.Ordinal);
        Assert.Contains("schema is up to date (version 10", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_postgres_corpus_at_version_4_When_migrated_Then_its_articles_are_found_from_the_search_table_and_new_ones_are_indexed()
    {
        await using var test = await TestStore.CreateAsync("postgres");
        var entries = Enumerable.Range(0, 12).Select(i => Synthetic.SyntheticCorpus.Entry(i, seed: 23)).ToList();
        await using (var store = await test.OpenAsync())
        {
            await store.SaveAsync(entries[..8]);
        }

        // Back to version 4 as it was shipped: the vectors in a generated column of articles, no search table.
        await test.ScalarAsync("""
            DROP TRIGGER articles_search ON articles; DROP FUNCTION lantern_index_article(); DROP TABLE article_search;
            ALTER TABLE articles ADD COLUMN tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
            CREATE INDEX articles_tsv ON articles USING GIN (tsv);
            DROP TABLE stats_score_cells; DROP TABLE stats_frame_week_cells; DROP TABLE stats_fine_score_cells; DROP TABLE stats_score_week_cells;
            DROP TABLE stats_frame_pair_cells; DROP TABLE stats_frame_score_cells; DROP INDEX articles_stats;
            DROP TABLE stats_fine_score_week_cells; DROP TABLE stats_fine_frame_score_cells; DROP TABLE stats_frame_score_key_cells;
            DELETE FROM schema_version WHERE version IN (5, 6, 7, 8, 9, 10);
            """);

        await using var migrated = CorpusStores.Create(test.Db);
        Assert.Equal([5, 6, 7, 8, 9, 10], await migrated.MigrateAsync());
        await migrated.SaveAsync(entries[8..]);

        Assert.Equal(12, await test.ScalarAsync("SELECT COUNT(*) FROM article_search"));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'tsv'"));
        for (var i = 0; i < entries.Count; i++)
        {
            var hit = Assert.Single(await migrated.SearchAsync($"ref-23-{i}", CorpusFilter.None, 5));
            Assert.Equal(entries[i].Article.Id, hit.ExternalId);
        }
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
        Assert.Equal(0, builder.CommandTimeout);
        Assert.Equal(45, new Npgsql.NpgsqlConnectionStringBuilder(CorpusStores.ToConnectionString("postgres://ann@db.example/news?command_timeout=45")).CommandTimeout);
        Assert.Equal("--db: PostgreSQL option 'command timeout' in the URL cannot be 'soon'",
            Assert.Throws<UsageException>(() => CorpusStores.ToConnectionString("postgres://ann@db.example/news?command_timeout=soon")).Message);
        Assert.Equal("--db: unknown PostgreSQL option 'no such' in the URL",
            Assert.Throws<UsageException>(() => CorpusStores.ToConnectionString("postgres://ann@db.example/news?no_such=1")).Message);
        Assert.IsType<PostgresCorpusStore>(CorpusStores.Create("postgres://ann@localhost/news"));
        Assert.IsType<SqliteCorpusStore>(CorpusStores.Create(Path.Combine(Path.GetTempPath(), "x.db")));
    }
}

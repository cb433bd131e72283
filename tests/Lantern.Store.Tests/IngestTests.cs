namespace Lantern.Store.Tests;

/// <summary><c>lantern ingest</c> with the real model on files, folders and JSONL.</summary>
public sealed class IngestTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_a_folder_of_text_html_semeval_and_jsonl_When_ingested_twice_Then_the_second_run_adds_nothing(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        test.File("in/plain.txt", Fixtures.Article(1));
        test.File("in/semeval/article111.txt", Fixtures.Article(2));
        test.File("in/page.html", $"<html><head><title>Page</title></head><body><article><h1>Harbour plan</h1>{string.Concat(Fixtures.Article(3).Split("\n\n").Select(p => $"<p>{p}</p>"))}</article></body></html>");
        test.File("in/more.jsonl", Fixtures.Jsonl(4, 5));
        var folder = Path.Combine(test.Folder, "in");

        var first = Cli.Run("ingest", folder, "--db", test.Db);
        var second = Cli.Run("ingest", folder, "--db", test.Db);

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("ingest: 5 new (0 queued for workers), 0 duplicate, 0 rejected", first.Out, StringComparison.Ordinal);
        Assert.Contains("ingest: 0 new (0 queued for workers), 5 duplicate, 0 rejected", second.Out, StringComparison.Ordinal);
        Assert.Equal(5, await test.ScalarAsync("SELECT COUNT(*) FROM articles"));
        Assert.Equal(5, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE analysis_id IS NULL"));
        Assert.Equal(2, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE source = 'jsonl.example'"));
        Assert.Equal(1, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE external_id = '111'"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_bad_inputs_among_good_ones_When_ingested_Then_each_bad_one_is_reported_with_its_reason_and_the_good_ones_are_stored(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        test.File("in/a-good.txt", Fixtures.Article(7));
        test.File("in/b-empty.txt", "   \n\n  ");
        File.WriteAllBytes(Path.Combine(test.Folder, "in/c-binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14]);
        test.File("in/d-lines.jsonl", Fixtures.Jsonl(8) + "{\"text\": \"broken\n" + "{\"title\": \"no text\"}\n" + Fixtures.Jsonl(9));
        File.WriteAllBytes(Path.Combine(test.Folder, "in/e-latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6C, 0xE9]);

        var (code, output, err) = Cli.Run("ingest", Path.Combine(test.Folder, "in"), "--db", test.Db, "--source", "fixture.example");

        Assert.True(code == 0, err);
        Assert.Contains("ingest: 3 new (0 queued for workers), 0 duplicate, 5 rejected", output, StringComparison.Ordinal);
        var rejected = output.Split('\n').Where(l => l.StartsWith("rejected: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, rejected.Count);
        Assert.Contains(rejected, l => l.Contains("b-empty.txt", StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.Contains("c-binary.txt", StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.Contains("d-lines.jsonl:2", StringComparison.Ordinal) && l.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.Contains("d-lines.jsonl:3", StringComparison.Ordinal) && l.Contains("'text' is missing", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.Contains("e-latin1.txt", StringComparison.Ordinal) && l.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Equal(3, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
        Assert.Equal(3, await test.ScalarAsync("SELECT COUNT(*) FROM articles WHERE source = 'fixture.example'"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Given_enqueue_only_When_ingested_Then_articles_wait_on_the_queue_unanalysed_and_a_rerun_adds_nothing(string kind)
    {
        await using var test = await TestStore.CreateAsync(kind);
        var file = test.File("news.jsonl", Fixtures.Jsonl(1, 2, 3));

        var first = Cli.Run("ingest", file, "--db", test.Db, "--enqueue-only");
        var second = Cli.Run("ingest", file, "--db", test.Db, "--enqueue-only");

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("ingest: 3 new (3 queued for workers)", first.Out, StringComparison.Ordinal);
        Assert.Contains("ingest: 0 new (0 queued for workers), 3 duplicate", second.Out, StringComparison.Ordinal);
        Assert.Equal(3, await test.ScalarAsync("SELECT COUNT(*) FROM queue"));
        Assert.Equal(0, await test.ScalarAsync("SELECT COUNT(*) FROM analyses"));
    }
}

using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Cli.Tests;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("127.0.0.1:5080")]
    public void Given_urls_that_are_not_http_When_served_Then_usage_error_in_one_line(string urls)
    {
        var result = CliRun.Run("serve", "--urls", urls);

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal($"lantern: --urls: '{urls}' is not an http://HOST:PORT address", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Given_zero_threads_When_served_Then_usage_error()
    {
        var result = CliRun.Run("serve", "--threads", "0");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal("lantern: --threads: must be at least 1, not 0", Assert.Single(result.ErrLines));
    }

    [Theory]
    [InlineData("--concurrent-analyses", "0", 1)]
    [InlineData("--analysis-queue", "-1", 0)]
    [InlineData("--analyses-per-client", "-1", 0)]
    [InlineData("--request-burst", "-5", 0)]
    [InlineData("--requests-per-second", "0", 1)]
    public void Given_a_limit_below_its_minimum_When_served_Then_usage_error_naming_it(string option, string value, int minimum)
    {
        var result = CliRun.Run("serve", option, value);

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal($"lantern: {option}: must be at least {minimum}, not {value}", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Given_an_unknown_encoder_spinning_value_When_served_Then_usage_error_naming_the_choices()
    {
        var result = CliRun.Run("serve", "--encoder-spinning", "sometimes");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal("lantern: --encoder-spinning: expected on or off, not 'sometimes'", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Given_an_ingest_token_without_a_corpus_When_served_Then_usage_error()
    {
        var result = CliRun.Run("serve", "--ingest-token", "secret-token");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Equal("lantern: --ingest-token: needs --db (the corpus to store into)", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Given_a_corpus_without_schema_When_served_read_only_Then_one_line_pointing_at_db_migrate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lantern-serve-db-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var result = CliRun.Run("serve", "--urls", "http://127.0.0.1:0", "--db", Path.Combine(folder, "empty.db"));

            Assert.NotEqual(ExitCodes.Ok, result.Code);
            Assert.Contains("lantern db migrate", Assert.Single(result.ErrLines), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Given_a_models_folder_that_does_not_exist_When_served_Then_the_model_error_and_exit_code_3()
    {
        var missing = Path.Combine(Path.GetTempPath(), "lantern-no-models-" + Guid.NewGuid().ToString("N"));

        var result = CliRun.Run("serve", "--urls", "http://127.0.0.1:0", "--models", missing);

        Assert.Equal(ExitCodes.Internal, result.Code);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("lantern: ", line, StringComparison.Ordinal);
        Assert.Contains(missing, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_port_already_in_use_When_served_Then_usage_error_names_the_address()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var urls = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";

        var result = CliRun.Run("serve", "--urls", urls, "--threads", "1");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.StartsWith($"lantern: --urls: cannot listen on {urls}: ", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_free_port_When_served_Then_it_listens_on_loopback_answers_health_and_stops_on_cancel()
    {
        var output = new SyncWriter();
        var console = new CliConsole(output, new StringWriter(), () => new MemoryStream(), outputIsTerminal: false);
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => LanternApp.Run(["serve", "--urls", "http://127.0.0.1:0", "--threads", "1"], console, stop.Token));

        string? address = null;
        for (var i = 0; i < 600 && address is null && !run.IsCompleted; i++)
        {
            address = output.ToString().Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("lantern: listening on ", StringComparison.Ordinal))?["lantern: listening on ".Length..];
            await Task.Delay(100);
        }

        Assert.NotNull(address);
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        using var client = new HttpClient();
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri(new Uri(address), "/health")));
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Ok, await run);
    }
}

// A small load generator for `POST /api/analyze`: start `lantern serve`, then
//   dotnet run --project tools/Lantern.Web.Load -c Release -- --url http://127.0.0.1:5080 --concurrency 1,2,8 --seconds 30 --pid <server pid>
// Prints, per concurrency level: requests, errors, throughput, p50/p95/p99/max latency and the server's RSS over time.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Lantern.Web.Load;

var url = "http://127.0.0.1:5080";
var file = Path.Combine(AppContext.BaseDirectory, "article-5k.txt");
int[] levels = [1, 2, 8];
var seconds = 30.0;
int? pid = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--url": url = Next(); break;
        case "--file": file = Next(); break;
        case "--concurrency": levels = [.. Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
        case "--seconds": seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--pid": pid = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"load: unknown option {args[i]} (use --url, --file, --concurrency, --seconds, --pid)");
            return 1;
    }
}

var body = await File.ReadAllBytesAsync(file);
var target = new Uri(new Uri(url), "/api/analyze");
Console.WriteLine($"POST {target} with {Path.GetFileName(file)} ({body.Length} bytes), {seconds:0} s per level, {Environment.ProcessorCount} cores");
Console.WriteLine("| concurrency | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | analysis p50 ms (Server-Timing) | server RSS MB (start → max → end) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
foreach (var concurrency in levels)
{
    var result = await RunLevelAsync(concurrency);
    var rss = result.RssMb.Count == 0 ? "n/a (give --pid)" : $"{result.RssMb[0]:0} → {result.RssMb.Max():0} → {result.RssMb[^1]:0}";
    var errors = result.Errors.Count == 0 ? "0" : string.Join(", ", result.Errors.Select(e => $"{e.Value}× {e.Key}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {concurrency} | {result.LatenciesMs.Count} | {errors} | {result.Throughput:0.00} | {result.Percentile(50):0} | {result.Percentile(95):0} | {result.Percentile(99):0} | {result.LatenciesMs.DefaultIfEmpty(double.NaN).Max():0} | {Median(result.AnalysisMs):0} | {rss} |"));
}

return 0;

async Task<LevelResult> RunLevelAsync(int concurrency)
{
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    // Warm-up: one request per worker, not counted.
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => SendAsync(client)));

    var latencies = new List<double>();
    var analysisMs = new List<double>();
    var errors = new Dictionary<string, int>();
    var rss = new List<double>();
    var clock = Stopwatch.StartNew();
    var duration = TimeSpan.FromSeconds(seconds);
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            if (pid is { } p && ReadRssMb(p) is { } mb)
            {
                lock (rss)
                {
                    rss.Add(mb);
                }
            }

            try
            {
                await Task.Delay(1000, sampling.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    });

    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (clock.Elapsed < duration)
        {
            var (ms, error, analyze) = await SendAsync(client);
            lock (latencies)
            {
                if (error is null)
                {
                    latencies.Add(ms);
                    if (analyze is { } a)
                    {
                        analysisMs.Add(a);
                    }
                }
                else
                {
                    errors[error] = errors.GetValueOrDefault(error) + 1;
                }
            }
        }
    }));
    var elapsed = clock.Elapsed;
    await sampling.CancelAsync();
    await sampler;
    if (pid is { } last && ReadRssMb(last) is { } end)
    {
        rss.Add(end);
    }

    return new LevelResult(concurrency, elapsed, latencies, errors, rss, analysisMs);
}

async Task<(double Ms, string? Error, double? AnalyzeMs)> SendAsync(HttpClient client)
{
    using var content = new ByteArrayContent(body);
    content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
    var started = Stopwatch.GetTimestamp();
    try
    {
        using var response = await client.PostAsync(target, content);
        await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.IsSuccessStatusCode ? (ms, null, AnalyzeMs(response)) : (ms, $"HTTP {(int)response.StatusCode}", null);
    }
    catch (HttpRequestException e)
    {
        return (0, e.HttpRequestError.ToString(), null);
    }
}

// "read;dur=0.4, analyze;dur=312.5, encode;dur=290.1" → 312.5
static double? AnalyzeMs(HttpResponseMessage response)
{
    if (!response.Headers.TryGetValues("Server-Timing", out var values))
    {
        return null;
    }

    foreach (var metric in values.SelectMany(v => v.Split(',')))
    {
        var parts = metric.Trim().Split(';');
        if (parts[0] == "analyze" && parts.Length > 1 && parts[1].StartsWith("dur=", StringComparison.Ordinal))
        {
            return double.Parse(parts[1][4..], CultureInfo.InvariantCulture);
        }
    }

    return null;
}

// The same rank as LevelResult.Percentile(50), so the two columns compare.
static double Median(IReadOnlyList<double> values) =>
    values.Count == 0 ? double.NaN : values.Order().ElementAt((int)Math.Ceiling(values.Count / 2.0) - 1);

static double? ReadRssMb(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
    catch (IOException)
    {
        return null;
    }
}

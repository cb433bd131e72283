using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Tests;

/// <summary>A second real server on loopback with the pages the URL fetcher is tested against (redirect chains, a gzip bomb, a slow page…).</summary>
public sealed class PageServer : IAsyncLifetime
{
    public const string ArticleSentence = "The ferry service to the island will stop every winter from next year, the harbour board announced.";

    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri Url(string path) => new(BaseAddress, path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapGet("/article.html", () => Results.Text(
            $"<!doctype html><html><head><title>Island ferry</title></head><body><article><h1>Island ferry</h1><p>{ArticleSentence}</p>" +
            "<p>Residents called the decision a shameful betrayal of everyone who lives there.</p></article></body></html>",
            "text/html; charset=utf-8"));
        app.MapGet("/declared-language.html", () => Results.Text(Articles.DeclaredItalianHtml, "text/html; charset=utf-8"));
        app.MapGet("/plain.txt", () => Results.Text("Island ferry\n\n" + ArticleSentence + "\n", "text/plain; charset=utf-8"));
        app.MapGet("/image.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/redirect/{n:int}", (int n) => Results.Redirect(n > 0 ? $"/redirect/{n - 1}" : "/article.html"));
        app.MapGet("/to-ftp", () => Results.Redirect("ftp://127.0.0.1/file.txt"));
        app.MapGet("/big.html", () => Results.Text("<html><body><p>" + new string('x', 50_000) + "</p></body></html>", "text/html"));
        app.MapGet("/bomb.html", (HttpContext context) =>
        {
            // 8 MB of spaces in about 8 KB of gzip: only a bound on the decompressed size stops it.
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var spaces = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
                for (var i = 0; i < 8; i++)
                {
                    gzip.Write(spaces);
                }
            }

            context.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(compressed.ToArray(), "text/html");
        });
        app.MapGet("/bomb-br.html", (HttpContext context) =>
        {
            // 16 MB of one letter in a few hundred bytes of brotli.
            using var compressed = new MemoryStream();
            using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var letters = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
                for (var i = 0; i < 16; i++)
                {
                    brotli.Write(letters);
                }
            }

            context.Response.Headers.ContentEncoding = "br";
            return Results.Bytes(compressed.ToArray(), "text/html");
        });
        app.MapGet("/drip.html", async (HttpContext context, CancellationToken cancellationToken) =>
        {
            // Slowloris from the other side: a page that sends one byte every 100 ms for a minute, so no single read
            // ever waits long; only a limit on the whole fetch ends it.
            context.Response.ContentType = "text/html";
            await context.Response.StartAsync(cancellationToken);
            for (var i = 0; i < 600 && !cancellationToken.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync("p"u8.ToArray(), cancellationToken);
                await context.Response.Body.FlushAsync(cancellationToken);
                await Task.Delay(100, cancellationToken);
            }
        });
        app.MapGet("/slow.html", async (CancellationToken cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return Results.Text("<p>late</p>", "text/html");
        });
        await app.StartAsync();
        BaseAddress = new Uri(LanternWebHost.Addresses(app).Single());
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Lantern.Web.Tests;

/// <summary>
/// Requests built to hurt the server (deep nesting, oversized headers, a body that trickles in): each is answered or cut
/// off with a clear status, and the server goes on answering afterwards. Against the real app on a real Kestrel port.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class HostileRequestTests(WebAppFixture app)
{
    [Fact]
    public async Task Given_json_nested_100000_levels_deep_When_posted_Then_400_malformed_json_and_the_server_still_answers()
    {
        const int depth = 100_000;
        var json = new StringBuilder("{\"text\": \"A short article.\", \"title\": ");
        json.Append('[', depth).Append(']', depth).Append('}');
        using var content = new StringContent(json.ToString(), Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/api/analyze", content);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.StartsWith("request body: malformed JSON", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Detail);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Given_html_nested_100000_elements_deep_When_posted_Then_its_text_is_analysed_with_a_depth_warning()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body><article><p>The council met on Monday and voted for the new budget plan.</p>");
        html.Insert(html.Length, "<div>", depth);
        html.Append("Critics called the plan a disgrace.");
        html.Insert(html.Length, "</div>", depth);
        html.Append("</article></body></html>");
        using var content = new StringContent(html.ToString(), Encoding.UTF8, "text/html");

        using var response = await app.Client.PostAsync("/api/analyze", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Equal("The council met on Monday and voted for the new budget plan.\n\nCritics called the plan a disgrace.", text);
        var warnings = json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("HTML nested deeper than ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_request_headers_over_32_KB_When_sent_Then_431_before_any_analysis()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze")
        {
            Content = new StringContent("A short article about the harbour.", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Padding", new string('a', 40 * 1024));

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Given_a_body_that_trickles_in_one_byte_a_second_When_posted_Then_the_server_drops_it_and_still_answers()
    {
        // Slowloris on the body: Kestrel's minimum body data rate (240 bytes/s after a 5 s grace) must end the request,
        // where a server without it would hold the connection (and a thread or an analysis slot) for as long as the client likes.
        using var client = new TcpClient();
        await client.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
        var stream = client.GetStream();
        var head = $"POST /api/analyze HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // Keep sending until the server answers or closes; a limit of two minutes only stops a broken test from hanging.
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        var stop = DateTime.UtcNow.AddMinutes(2);
        var closed = false;
        while (!closed && DateTime.UtcNow < stop)
        {
            try
            {
                await stream.WriteAsync("x"u8.ToArray());
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                var read = await stream.ReadAsync(buffer, wait.Token);
                closed = read == 0;
                answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            catch (OperationCanceledException)
            {
                // Nothing from the server this second: send the next byte.
            }
            catch (IOException)
            {
                closed = true; // reset by the server
            }
        }

        Assert.True(closed || answer.Length > 0, "the server kept a body trickling in at one byte a second open for two minutes");
        if (answer.Length > 0)
        {
            Assert.StartsWith("HTTP/1.1 408", answer.ToString(), StringComparison.Ordinal);
        }

        await AssertStillServingAsync();
    }

    private async Task AssertStillServingAsync()
    {
        using var health = await app.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}

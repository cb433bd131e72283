using System.Net;
using System.Text;
using System.Text.Json;

namespace Lantern.Web.Tests;

/// <summary>
/// Analyses wait for a slot in a bounded queue instead of being refused: a burst within the queue is answered in full,
/// one beyond the queue (or beyond the client's own share) gets 429 problem JSON with <c>Retry-After</c>. The held
/// request bodies keep the slot and the queue places taken for as long as the test needs them, and <c>/health</c> says
/// when they are, so nothing depends on how fast the machine analyses.
/// </summary>
public sealed class AnalysisQueueTests(QueuedAnalysesAppFixture queued, PerClientAnalysesAppFixture perClient, TightlyLimitedAppFixture tight)
    : IClassFixture<QueuedAnalysesAppFixture>, IClassFixture<PerClientAnalysesAppFixture>, IClassFixture<TightlyLimitedAppFixture>
{
    private const string Text = "Harbour hours\n\nThe harbour office opens at nine and closes at five on weekdays.\n";

    private static async Task WaitForLoadAsync(HttpClient client, int running, int waiting)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var last = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            var analyses = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement.GetProperty("analyses");
            if (analyses.GetProperty("running").GetInt32() == running && analyses.GetProperty("waiting").GetInt32() == waiting)
            {
                return;
            }

            last = analyses.GetRawText();
            await Task.Delay(20);
        }

        Assert.Fail($"the server never had {running} running and {waiting} waiting analyses; last: {last}");
    }

    private static async Task<HttpResponseMessage> RefusedAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/analyze", new StringContent(Text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Equal("too many requests: wait a moment and try again", problem.Detail);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {response.Headers.RetryAfter}");
        return response;
    }

    private static async Task AllAnsweredAsync(IReadOnlyList<HeldBody> bodies, IReadOnlyList<Task<HttpResponseMessage>> sends)
    {
        foreach (var body in bodies)
        {
            body.Release();
        }

        foreach (var response in await Task.WhenAll(sends))
        {
            using (response)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
                Assert.Equal(Text, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("text").GetString());
            }
        }
    }

    [Fact]
    public async Task Given_one_slot_and_a_queue_of_two_When_three_analyses_arrive_together_and_a_fourth_follows_Then_the_fourth_gets_429_with_retry_after_and_the_three_get_200()
    {
        var bodies = Enumerable.Range(0, 3).Select(_ => new HeldBody(Text)).ToList();
        var sends = bodies.Select(b => queued.Client.PostAsync("/api/analyze", b)).ToList();
        await WaitForLoadAsync(queued.Client, running: 1, waiting: 2);

        using var refused = await RefusedAsync(queued.Client);

        await AllAnsweredAsync(bodies, sends);
        await WaitForLoadAsync(queued.Client, running: 0, waiting: 0);
    }

    [Fact]
    public async Task Given_two_analyses_per_client_When_a_client_sends_a_third_while_the_queue_has_room_Then_429_with_retry_after_and_its_two_get_200()
    {
        var bodies = Enumerable.Range(0, 2).Select(_ => new HeldBody(Text)).ToList();
        var sends = bodies.Select(b => perClient.Client.PostAsync("/api/analyze", b)).ToList();
        await WaitForLoadAsync(perClient.Client, running: 1, waiting: 1);

        using var refused = await RefusedAsync(perClient.Client);

        await AllAnsweredAsync(bodies, sends);
    }

    [Fact]
    public async Task Given_a_request_burst_of_two_When_one_client_posts_eight_analyses_at_once_Then_all_eight_wait_for_a_slot_and_get_200()
    {
        // The request burst (2, refilled at 1/s) limits the cheap API requests only; before, every queued analysis took
        // two of its tokens and most of these eight were refused.
        var sends = Enumerable.Range(0, 8).Select(_ => tight.Client.PostAsync("/api/analyze", new StringContent(Text, Encoding.UTF8, "text/plain"))).ToList();

        foreach (var response in await Task.WhenAll(sends))
        {
            using (response)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}

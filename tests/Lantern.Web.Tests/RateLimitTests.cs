using System.Net;

namespace Lantern.Web.Tests;

public sealed class RateLimitTests(TightlyLimitedAppFixture app) : IClassFixture<TightlyLimitedAppFixture>
{
    [Fact]
    public async Task Given_a_client_over_its_burst_When_it_asks_again_Then_429_problem_json_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6 && refused is null; i++)
        {
            var response = await app.Client.GetAsync("/api/techniques");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        var problem = await Problem.ReadAsync(refused);
        Assert.Equal("too many requests: wait a moment and try again", problem.Detail);
        Assert.True(refused.Headers.RetryAfter is not null, "Retry-After header");
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) >= 2, string.Join(", ", statuses));
        refused.Dispose();
    }

    [Fact]
    public async Task Given_the_page_When_requested_often_Then_it_is_not_limited()
    {
        for (var i = 0; i < 6; i++)
        {
            using var response = await app.Client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}

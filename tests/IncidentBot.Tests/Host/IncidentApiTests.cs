using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Host;

/// <summary><c>GET /api/incidents</c> answers in pages, newest first, each naming the next in its <c>Link</c> header.</summary>
public sealed class IncidentApiTests : BotClientTest
{
    [Fact]
    public async Task ListIncidents_Of1001_ComeInPagesOf50ThatFollowingLinkWalksNewestFirstEachOnce()
    {
        await OpenIncidentsAsync(1_001);

        var numbers = new List<int>();
        var pages = new List<int>();
        string? next = "/api/incidents";
        while (next is not null)
        {
            using var response = await GetWithApiTokenAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("number").GetInt32()).ToList();
            pages.Add(page.Count);
            numbers.AddRange(page);
            next = NextOf(response);
        }

        Assert.Equal(Enumerable.Range(1, 1_001).Reverse(), numbers);
        Assert.Equal([.. Enumerable.Repeat(50, 20), 1], pages);
    }

    [Fact]
    public async Task ListIncidents_WithALimit_ReturnsThatManyAndTheLastPageNamesNoNext()
    {
        await OpenIncidentsAsync(5);

        using var first = await GetWithApiTokenAsync("/api/incidents?limit=3");
        using var last = await GetWithApiTokenAsync(NextOf(first)!);

        Assert.Equal([5, 4, 3], await NumbersAsync(first));
        Assert.Equal([2, 1], await NumbersAsync(last));
        Assert.Null(NextOf(last));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    [InlineData("limit=-1")]
    [InlineData("limit=ten")]
    [InlineData("limit=99999999999999999999")]
    [InlineData("cursor=not-a-cursor")]
    [InlineData("cursor=YWJj")]
    [InlineData("cursor=YmVsb3c6LTE")]
    public async Task ListIncidents_WithABadLimitOrCursor_Is400SayingWhich(string query)
    {
        await OpenIncidentsAsync(1);

        using var response = await GetWithApiTokenAsync("/api/incidents?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Contains(query.Split('=')[0], error, StringComparison.Ordinal);
    }

    private async Task OpenIncidentsAsync(int count)
    {
        var store = Bot.Services.GetRequiredService<IIncidentStore>();
        var at = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            await store.AddAsync(Incident.Open($"Incident {i + 1}", Severity.Sev3, "api", at, at, declaredBy: "ada"));
        }
    }

    private static async Task<List<int>> NumbersAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("number").GetInt32()).ToList();

    /// <summary>The target of <c>Link: &lt;…&gt;; rel="next"</c>, or null on the last page.</summary>
    private static string? NextOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links)
            ? links.Select(l => l.Split(';')).Where(p => p.Length == 2 && p[1].Trim() == "rel=\"next\"").Select(p => p[0].Trim().TrimStart('<').TrimEnd('>')).SingleOrDefault()
            : null;
}

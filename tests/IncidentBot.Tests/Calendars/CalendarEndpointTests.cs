using System.Net;
using IncidentBot.Local;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Calendars;

/// <summary>
/// End to end on the local platform: <c>/incident oncall calendar</c> answers privately with links under the public
/// address, a calendar app fetching them gets a strict RFC 5545 feed, a revoked or forged link answers a bare 404 at once,
/// and links and UIDs survive a restart (<see cref="CalendarRestartTests"/>). No token is ever written to the log.
/// </summary>
public sealed class CalendarEndpointTests : IAsyncLifetime
{
    private CalendarBot _bot = null!;

    public Task InitializeAsync()
    {
        _bot = CalendarBot.Start();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Calendar_GivesTheAskerPrivatelyTheirLinkAndTheSchedules_WhichServeFeeds()
    {
        var reply = await _bot.SayAsync("ada", "/incident oncall calendar");

        var links = CalendarBot.LinksIn(reply);
        Assert.Equal(2, links.Count);
        Assert.StartsWith($"{CalendarBot.PublicBaseUrl}/calendars/person/ada/", links[0].AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith($"{CalendarBot.PublicBaseUrl}/calendars/schedule/primary/", links[1].AbsoluteUri, StringComparison.Ordinal);
        var seen = _bot.Factory.Workspace.MessagesSeenBy(LocalWorkspace.IncidentsChannelId, "kofi");
        Assert.DoesNotContain(seen, m => m.Text.Contains("/calendars/", StringComparison.Ordinal));
        Assert.Contains(_bot.Factory.Workspace.MessagesSeenBy(LocalWorkspace.IncidentsChannelId, "ada"), m => m.Text == reply);

        var own = await FeedAsync(links[0]);
        var schedule = await FeedAsync(links[1]);
        Assert.NotEmpty(own.Events);
        Assert.All(own.Events, e => Assert.Equal("On call: primary", e.Summary));
        Assert.Equal("Ada Mensah on call", own["X-WR-CALNAME"]);
        // Starts only: on the real clock the last shift ends where the window does, a moment later in the second fetch.
        Assert.Equal(own.Events.Select(e => e.Start), schedule.Events.Where(e => e.Summary == "Ada Mensah on call").Select(e => e.Start));
        Assert.Contains(schedule.Events, e => e.Summary == "Kofi Boateng on call");
        Assert.Equal(await _bot.SayAsync("ada", "/incident oncall calendar"), reply); // asked again: the same links
    }

    [Fact]
    public async Task Revoke_StopsTheOldLinkAtOnce_AndGivesANewOne_LeavingOthersWorking()
    {
        var old = CalendarBot.LinksIn(await _bot.SayAsync("ada", "/incident oncall calendar"));
        var kofis = CalendarBot.LinksIn(await _bot.SayAsync("kofi", "/incident oncall calendar"))[0];

        var reply = await _bot.SayAsync("ada", "/incident oncall calendar revoke");

        var fresh = Assert.Single(CalendarBot.LinksIn(reply));
        Assert.StartsWith("Your old calendar link no longer works.", reply, StringComparison.Ordinal);
        Assert.NotEqual(old[0], fresh);
        await AssertNotFoundAsync(old[0]);
        Assert.NotEmpty((await FeedAsync(fresh)).Events);
        Assert.NotEmpty((await FeedAsync(kofis)).Events);
        Assert.NotEmpty((await FeedAsync(old[1])).Events);
        Assert.Equal(fresh, CalendarBot.LinksIn(await _bot.SayAsync("ada", "/incident oncall calendar"))[0]);
    }

    [Fact]
    public async Task RevokeSchedule_ByAManagerOnly_StopsTheSchedulesLink()
    {
        var link = CalendarBot.LinksIn(await _bot.SayAsync("ada", "/incident oncall calendar"))[1];

        var refused = await _bot.SayAsync("ada", "/incident oncall calendar revoke primary");
        Assert.StartsWith("Only a manager", refused, StringComparison.Ordinal);
        Assert.NotEmpty((await FeedAsync(link)).Events);

        var revoked = await _bot.SayAsync("foster", "/incident oncall calendar revoke primary");

        var fresh = Assert.Single(CalendarBot.LinksIn(revoked));
        await AssertNotFoundAsync(link);
        Assert.NotEmpty((await FeedAsync(fresh)).Events);
        Assert.Equal(fresh, CalendarBot.LinksIn(await _bot.SayAsync("ada", "/incident oncall calendar"))[1]);
    }

    [Theory]
    [InlineData("a changed token")]
    [InlineData("a shortened token")]
    [InlineData("another person's id")]
    [InlineData("the person's token on a schedule")]
    [InlineData("a schedule that does not exist")]
    [InlineData("another kind")]
    [InlineData("the token upper-cased")]
    public async Task ForgedLink_Is404WithNothingElse(string forged)
    {
        var links = CalendarBot.LinksIn(await _bot.SayAsync("ada", "/incident oncall calendar"));
        var token = links[0].Segments[^1][..^".ics".Length];
        var path = forged switch
        {
            "a changed token" => $"/calendars/person/ada/{(token[0] == 'A' ? 'B' : 'A')}{token[1..]}.ics",
            "a shortened token" => $"/calendars/person/ada/{token[..^1]}.ics",
            "another person's id" => $"/calendars/person/kofi/{token}.ics",
            "the person's token on a schedule" => $"/calendars/schedule/primary/{token}.ics",
            "a schedule that does not exist" => $"/calendars/schedule/secondary/{token}.ics",
            "another kind" => $"/calendars/people/ada/{token}.ics",
            _ => $"/calendars/person/ada/{token.ToUpperInvariant()}.ics",
        };

        await AssertNotFoundAsync(new Uri(CalendarBot.PublicBaseUrl + path));
        Assert.NotEmpty((await FeedAsync(links[0])).Events);
    }

    [Fact]
    public async Task Logs_OfServingAndRefusingFeeds_HoldNoToken()
    {
        var links = CalendarBot.LinksIn(await _bot.SayAsync("ada", "/incident oncall calendar"));
        await FeedAsync(links[0]);
        await _bot.SayAsync("ada", "/incident oncall calendar revoke");
        await AssertNotFoundAsync(links[0]);

        var tokens = links.Select(l => l.Segments[^1][..^".ics".Length]).ToList();
        Assert.NotEmpty(_bot.Logs.Lines);
        Assert.DoesNotContain(_bot.Logs.Lines, line => tokens.Any(t => line.Contains(t, StringComparison.Ordinal)));
    }

    private Task<IcsFile> FeedAsync(Uri link) => FeedAsync(_bot, link);

    internal static async Task<IcsFile> FeedAsync(CalendarBot bot, Uri link)
    {
        using var response = await bot.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return StrictIcs.Read(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task AssertNotFoundAsync(Uri link)
    {
        using var response = await _bot.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}

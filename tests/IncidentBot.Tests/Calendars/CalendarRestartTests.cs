using System.Net;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Calendars;

/// <summary>
/// The real host stopped and started again on the same data folder: the links it gives are the same and still work, a
/// link revoked before stays revoked, and every shift keeps its UID (the last one's end moves on with the window).
/// </summary>
public sealed class CalendarRestartTests
{
    [Fact]
    public async Task Restart_KeepsTheLinksTheRevocationsAndTheUids()
    {
        var folder = BotFactory.NewDataFolder();
        try
        {
            Uri[] links;
            IcsFile before;
            Uri revoked;
            await using (var first = CalendarBot.Start(folder))
            {
                revoked = CalendarBot.LinksIn(await first.SayAsync("kofi", "/incident oncall calendar"))[0];
                await first.SayAsync("kofi", "/incident oncall calendar revoke");
                links = [.. CalendarBot.LinksIn(await first.SayAsync("kofi", "/incident oncall calendar"))];
                before = await CalendarEndpointTests.FeedAsync(first, links[1]);
            }

            await using var second = CalendarBot.Start(folder);

            Assert.Equal(links, CalendarBot.LinksIn(await second.SayAsync("kofi", "/incident oncall calendar")));
            var after = await CalendarEndpointTests.FeedAsync(second, links[1]);
            Assert.Equal(before.Events.Select(e => (e.Uid, e.Start)), after.Events.Select(e => (e.Uid, e.Start)));
            using var old = await second.GetAsync(revoked);
            Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

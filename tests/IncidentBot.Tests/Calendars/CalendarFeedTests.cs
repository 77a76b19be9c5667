using System.Text;
using IncidentBot.Calendars;
using IncidentBot.Core.OnCall.Calendar;
using IncidentBot.Local;
using IncidentBot.Tests.OnCall;
using static IncidentBot.Tests.OnCall.OnCallWorld;

namespace IncidentBot.Tests.Calendars;

/// <summary>
/// What the feeds hold, read back by <see cref="StrictIcs"/> (not Ical.Net), on Friday 20 March 2026 at 11:00 in
/// Berlin, Mara's week of the primary rotation (Ada, Kofi, Mara weekly from Monday 2 March 09:00 Berlin). Europe moves
/// its clocks on Sunday 29 March, inside Ada's next week.
/// </summary>
public sealed class CalendarFeedTests : IAsyncLifetime
{
    private const string Incidents = LocalWorkspace.IncidentsChannelId;

    private readonly OnCallWorld _world = new(Utc("2026-03-20T10:00:00Z"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    [Fact]
    public async Task ScheduleFeed_AcrossTheDstChange_HasTheShiftsTrueInstants()
    {
        var feed = await ReadAsync(CalendarSubject.Schedule("primary"));

        var ada = feed.Events.Single(e => e.Start == Utc("2026-03-23T08:00:00Z")); // Mon 09:00 CET
        Assert.Equal(("Ada on call", Utc("2026-03-30T07:00:00Z")), (ada.Summary, ada.End)); // Mon 09:00 CEST: 167 hours
        var kofi = feed.Events.Single(e => e.Start == Utc("2026-03-30T07:00:00Z"));
        Assert.Equal(("Kofi on call", Utc("2026-04-06T07:00:00Z")), (kofi.Summary, kofi.End));
        Assert.Equal("Ada on call for primary (rotation weekly).", ada.Description);
    }

    [Fact]
    public async Task ScheduleFeed_CoversTwoWeeksBackToTwelveAhead_OneEventPerTurn_AsAPublishedCalendar()
    {
        var feed = await ReadAsync(CalendarSubject.Schedule("primary"));

        Assert.Equal(Utc("2026-03-02T08:00:00Z"), feed.Events[0].Start); // the first turn, as it began within the fortnight back
        Assert.True(feed.Events[^1].End >= Utc("2026-06-12T10:00:00Z"));
        Assert.True(feed.Events[^1].Start < Utc("2026-06-12T10:00:00Z"));
        Assert.Equal(feed.Events.Count, feed.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(feed.Events.Zip(feed.Events.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(("PUBLISH", "primary on call", "primary on call"), (feed["METHOD"], feed["X-WR-CALNAME"], feed["NAME"]));
        Assert.Equal(("PT1H", "DURATION"), (feed["REFRESH-INTERVAL"], feed.Root.Single("REFRESH-INTERVAL")!.Parameters["VALUE"]));
        Assert.Equal("PT1H", feed["X-PUBLISHED-TTL"]);
        Assert.All(feed.Events, e => Assert.Equal("20260320T100000Z", e.Component.Single("DTSTAMP")!.Value));
        Assert.All(feed.Events, e => Assert.Equal("TRANSPARENT", e.Component.Single("TRANSP")!.Value));
    }

    [Fact]
    public async Task Override_SplitsTheTurn_KeepingItsEventAndAddingTheCover()
    {
        var before = await ReadAsync(CalendarSubject.Schedule("primary"));
        await _world.SayAsync("kofi", Incidents, "/incident oncall override @lena from 2026-03-24 18:00 to 2026-03-25 09:00");

        var after = await ReadAsync(CalendarSubject.Schedule("primary"));

        var adaBefore = before.Events.Single(e => e.Start == Utc("2026-03-23T08:00:00Z"));
        var adaAfter = after.Events.Single(e => e.Start == Utc("2026-03-23T08:00:00Z"));
        Assert.Equal((adaBefore.Uid, Utc("2026-03-24T17:00:00Z")), (adaAfter.Uid, adaAfter.End));
        var lena = after.Events.Single(e => e.Summary == "Lena on call");
        Assert.Equal((Utc("2026-03-24T17:00:00Z"), Utc("2026-03-25T08:00:00Z")), (lena.Start, lena.End));
        Assert.Equal("Lena on call for primary (override, made by Kofi).", lena.Description);
        var rest = after.Events.Single(e => e.Start == Utc("2026-03-25T08:00:00Z"));
        Assert.Equal(("Ada on call", Utc("2026-03-30T07:00:00Z")), (rest.Summary, rest.End));
        var lenas = await ReadAsync(CalendarSubject.Person("lena"));
        Assert.Equal(("On call: primary", lena.Start, lena.End), (Assert.Single(lenas.Events).Summary, lenas.Events[0].Start, lenas.Events[0].End));
    }

    [Fact]
    public async Task Swap_ChangesThePersonOfTheSameEvent_AndMovesItBetweenPersonalFeeds()
    {
        var before = await ReadAsync(CalendarSubject.Schedule("primary"));
        var adasBefore = await ReadAsync(CalendarSubject.Person("ada"));
        await _world.SayAsync("ada", Incidents, "/incident oncall swap @tom");

        var after = await ReadAsync(CalendarSubject.Schedule("primary"));

        var turn = Utc("2026-03-23T08:00:00Z");
        var swapped = after.Events.Single(e => e.Start == turn);
        Assert.Equal(before.Events.Single(e => e.Start == turn).Uid, swapped.Uid);
        Assert.Equal(("Tom on call", Utc("2026-03-30T07:00:00Z"), "Tom on call for primary (override, taking Ada's turn, made by Ada)."), (swapped.Summary, swapped.End, swapped.Description));
        var adas = await ReadAsync(CalendarSubject.Person("ada"));
        Assert.Contains(adasBefore.Events, e => e.Start == turn);
        Assert.DoesNotContain(adas.Events, e => e.Start == turn);
        Assert.Equal(adas.Events.Select(e => e.Uid), adasBefore.Events.Where(e => e.Start != turn).Select(e => e.Uid));
        Assert.Equal(turn, Assert.Single((await ReadAsync(CalendarSubject.Person("tom"))).Events).Start);
    }

    [Fact]
    public async Task Uids_TwoFetchesDaysApart_AreTheSameForTheSameShifts()
    {
        var first = await ReadAsync(CalendarSubject.Person("kofi"));
        _world.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(7));

        var second = await ReadAsync(CalendarSubject.Person("kofi"));

        var common = first.Events.Select(e => (e.Start, e.End)).Intersect(second.Events.Select(e => (e.Start, e.End))).ToList();
        Assert.True(common.Count >= 5);
        Assert.All(common, shift => Assert.Equal(first.Events.Single(e => e.Start == shift.Start).Uid, second.Events.Single(e => e.Start == shift.Start).Uid));
        Assert.All(second.Events, e => Assert.Equal("On call: primary", e.Summary));
    }

    [Fact]
    public async Task PersonAndScheduleFeeds_GiveOneShiftDifferentUids_SoAppsSubscribedToBothKeepBoth()
    {
        var schedule = await ReadAsync(CalendarSubject.Schedule("primary"));
        var kofi = await ReadAsync(CalendarSubject.Person("kofi"));

        Assert.Empty(schedule.Events.Select(e => e.Uid).Intersect(kofi.Events.Select(e => e.Uid)));
    }

    [Fact]
    public async Task ScheduleFeed_OfAScheduleNotConfigured_IsNone()
    {
        Assert.Null(await _world.Service<CalendarFeeds>().FeedOfAsync(CalendarSubject.Schedule("secondary"), _world.Time.GetUtcNow()));
    }

    private Task<IcsFile> ReadAsync(CalendarSubject subject) => ReadAsync(_world, subject);

    internal static async Task<IcsFile> ReadAsync(OnCallWorld world, CalendarSubject subject)
    {
        var feed = await world.Service<CalendarFeeds>().FeedOfAsync(subject, world.Time.GetUtcNow());
        return StrictIcs.Read(Encoding.UTF8.GetBytes(IcsCalendar.Write(feed!)));
    }
}

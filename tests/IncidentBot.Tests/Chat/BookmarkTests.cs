using IncidentBot.Core.Storage;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Chat;

/// <summary>The links alerts carry (a dashboard, the alert rule) are bookmarked in the incident channel, once each.</summary>
public sealed class BookmarkTests : IAsyncLifetime
{
    private const string Dashboard = "https://grafana.example.com/d/checkout";
    private const string Rule = "https://prometheus.example.com/graph?g0.expr=checkout_errors";

    private readonly ChatBot _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Alerts_WithLinks_AreBookmarkedInTheChannelOnceEachAsAlertsJoinAndRepeat()
    {
        var startsAt = _bot.Service<TimeProvider>().GetUtcNow().AddMinutes(-2);
        await _bot.PostAsync("/alerts/generic", new { title = "Checkout error rate above 5%", id = "errors", groupKey = "checkout", link = Dashboard, startsAt }, BotFactory.AlertToken);
        await _bot.IncidentWithAsync("paged");
        await _bot.PostAsync("/alerts/generic", new { title = "Checkout error rate above 5%", id = "errors", groupKey = "checkout", link = Dashboard, startsAt }, BotFactory.AlertToken);
        await _bot.PostAsync("/alerts/generic", new { title = "Checkout latency above 2 s", id = "latency", groupKey = "checkout", link = Rule, startsAt }, BotFactory.AlertToken);
        await _bot.PostAsync("/alerts/generic", new { title = "Checkout p50 above 1 s", id = "p50", groupKey = "checkout", link = Dashboard, startsAt }, BotFactory.AlertToken);

        var incident = await _bot.Service<IIncidentStore>().GetAsync(1);
        var channel = _bot.Workspace.FindChannel(incident!.State.ChannelId!)!;
        Assert.Equal([("Checkout error rate above 5%", Dashboard), ("Checkout latency above 2 s", Rule)], channel.Bookmarks.Select(b => (b.Title, b.Link.AbsoluteUri)));
    }
}

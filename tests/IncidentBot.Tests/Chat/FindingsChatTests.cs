using IncidentBot.Core.Storage;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Chat;

/// <summary>
/// What responders say in plain words reaches the postmortem once someone confirms it: on resolve the bot asks about
/// each root cause, impact and action item it found in the channel, and never about a question or a guess.
/// </summary>
public sealed class FindingsChatTests : IAsyncLifetime
{
    private const string RootCause = "Found it: the root cause is the expired certificate on the proxy.";
    private readonly ChatBot _bot = new();
    private string _channel = "";

    public async Task InitializeAsync()
    {
        _channel = await _bot.DeclareAsync();
        await _bot.User.SayAsync(_bot.Kofi, _channel, "Is it the cache?");
        await _bot.User.SayAsync(_bot.Ada, _channel, "maybe the root cause is DNS");
        await _bot.User.SayAsync(_bot.Kofi, _channel, RootCause);
        await _bot.User.SayAsync(_bot.Ada, _channel, "About 12% of checkouts failed in eu-west.");
        await _bot.SayAsync(_bot.Ada, _channel, "/incident resolve cert renewed");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public void Resolve_AsksAboutWhatWasStated_NotAboutQuestionsOrGuesses()
    {
        var asked = _bot.Workspace.MessagesSeenBy(_channel, null).Where(m => m.Buttons.Any(b => b.Label == "Confirm")).Select(m => m.Text).ToList();

        Assert.Equal(2, asked.Count);
        Assert.StartsWith("*Root cause?* From Kofi Boateng at ", asked[0], StringComparison.Ordinal);
        Assert.Contains(RootCause, asked[0], StringComparison.Ordinal);
        Assert.StartsWith("*Impact?* From Ada Mensah at ", asked[1], StringComparison.Ordinal);
        Assert.DoesNotContain(asked, a => a.Contains("DNS", StringComparison.Ordinal) || a.Contains("cache", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmRootCause_ItIsOnTheTimelineAndTheReportStatesIt_AttributedToBoth()
    {
        var prompt = _bot.Workspace.MessagesSeenBy(_channel, _bot.Foster.Id).Single(m => m.Text.StartsWith("*Root cause?*", StringComparison.Ordinal));
        var reply = await _bot.PressSeenAsync(_bot.Foster, (prompt, prompt.Buttons.Single(b => b.Label == "Confirm")));
        Assert.Equal("Confirmed: the root cause is on the INC-1 timeline and in the next draft of the postmortem.", reply);

        var entry = Assert.Single(ChatBot.Entries(await _bot.IncidentAsync(), "root-cause"));
        Assert.Equal(("kofi", RootCause), (entry.GetProperty("by").GetString(), entry.GetProperty("text").GetString()));
        Assert.Contains(_bot.Workspace.MessagesSeenBy(_channel, null), m => m.Text.StartsWith("*Root cause* From Kofi Boateng", StringComparison.Ordinal)
            && m.Text.Contains("confirmed by Foster Adu-Gyamfi", StringComparison.Ordinal) && m.Buttons.Count == 0);
        var report = await RedraftAsync();
        Assert.Contains("Found it: the root cause is the expired certificate on the proxy.", report, StringComparison.Ordinal);
        Assert.Contains("— Kofi Boateng, ", report, StringComparison.Ordinal);
        Assert.Contains("confirmed by Foster Adu-Gyamfi", report, StringComparison.Ordinal);
        Assert.DoesNotContain("No root cause was recorded", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotTheRootCause_TheReportLeavesItOut_AndStillAsksWhatCausedIt()
    {
        var reply = await _bot.PressAsync(_bot.Ada, "Not the root cause");
        Assert.Equal("Noted: the postmortem leaves that root cause out.", reply);

        var report = await RedraftAsync();
        Assert.DoesNotContain("expired certificate", report, StringComparison.Ordinal);
        Assert.Contains("What caused the incident?", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyAnswers_TheReportShowsItAsSaid_NotAsFact()
    {
        var report = await RedraftAsync();

        var unconfirmed = report[report.IndexOf("## Said in the channel, not confirmed", StringComparison.Ordinal)..];
        Assert.Contains("Root cause, from Kofi Boateng at ", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("Impact, from Ada Mensah at ", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("No root cause is confirmed yet.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("No root cause was recorded", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneOffTheRoster_CannotConfirm()
    {
        var reply = await _bot.PressAsync(_bot.Guest, "Confirm");

        Assert.Equal("Only people on the incident roster can confirm what goes in the INC-1 postmortem.", reply);
        Assert.Empty(ChatBot.Entries(await _bot.IncidentAsync(), "root-cause"));
    }

    [Fact]
    public async Task PostmortemAgain_AsksNothingTwice()
    {
        var before = _bot.Workspace.MessagesSeenBy(_channel, null).Count(m => m.Buttons.Any(b => b.Label == "Confirm"));

        await _bot.SayAsync(_bot.Ada, _channel, "/incident postmortem");

        Assert.Equal(before, _bot.Workspace.MessagesSeenBy(_channel, null).Count(m => m.Buttons.Any(b => b.Label == "Confirm")));
    }

    /// <summary>Asks for a new draft and returns it once written.</summary>
    private async Task<string> RedraftAsync()
    {
        var revision = (await _bot.Service<IIncidentStore>().GetAsync(1))!.State.PostmortemRevision;
        await _bot.SayAsync(_bot.Ada, _channel, "/incident postmortem");
        var draft = await Eventually.ReachedAsync(
            () => _bot.Service<IPostmortemStore>().GetAsync(1), d => d is { } found && found.Revision > revision, "the new draft");
        return draft!.Markdown;
    }
}

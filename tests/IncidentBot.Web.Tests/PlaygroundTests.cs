using System.Net;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.Local;
using IncidentBot.Tests.Host;
using IncidentBot.Web.Playground;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Web.Tests;

/// <summary>
/// The playground on the local platform, through its pages as a browser without script uses them: <c>/</c> is it, each
/// form does what the same act does in a chat, and what it cannot take is refused with the reason and nothing done.
/// </summary>
public sealed class PlaygroundTests : WebBot
{
    [Fact]
    public async Task Root_OnTheLocalPlatform_IsThePlaygroundSayingItIsASimulation()
    {
        using var client = Browser();

        using var response = await client.GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>Simulation:</strong> a chat workspace on this machine, not Slack or Teams.", page, StringComparison.Ordinal);
        Assert.Contains("You are acting as <strong id=\"acting-as\">Ada Mensah</strong> (ada).", page, StringComparison.Ordinal);
        Assert.Contains(">Send a sample alert</button>", page, StringComparison.Ordinal);
        Assert.Contains(">Record a deploy</button>", page, StringComparison.Ordinal);
        Assert.Contains(">Run the seed drill</button>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>simulated deploy system</strong>", page, StringComparison.Ordinal);
        Assert.Contains(">#incidents</a>", page, StringComparison.Ordinal);
        Assert.Contains(">#incident-reports</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/incidents\">Dashboard</a>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"kofi\">Kofi Boateng (kofi)</option>", page, StringComparison.Ordinal);
        Pages.AssertInert(response, page);
    }

    [Fact]
    public async Task Root_OnTeams_IsTheDashboard_AndThePlaygroundIsNotThere()
    {
        Bot.Settings["IncidentBot:Platform"] = "teams";
        Bot.Settings["Teams:AllowUnauthenticatedLocalClient"] = "true";
        Bot.Settings["Urls"] = "http://127.0.0.1:3978";
        using var client = Browser();

        var root = await client.GetStringAsync("/");
        using var playground = await client.GetAsync("/playground");
        using var version = await client.GetAsync("/playground/version");

        Assert.Contains("No incidents yet", root, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulation:", root, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, playground.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
    }

    [Fact]
    public async Task SendASampleAlert_OpensAnIncidentThroughTheAlertIntake_WithADeployToRollBackTo()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);

        var page = await forms.DoAsync("Alert", ("as", "ada"));

        Assert.Contains("Sent a sample alert from the generic webhook source", page, StringComparison.Ordinal);
        Assert.Contains("it opened INC-1", page, StringComparison.Ordinal);
        var incident = await Eventually.ReachedAsync(() => Services.GetRequiredService<IIncidentStore>().GetAsync(1), i => i?.State.PagedPeople.Contains("ada") == true, "INC-1 paging ada");
        var alert = Assert.Single(incident!.State.Alerts);
        Assert.Equal("generic", alert.Source);
        Assert.Equal("api returns HTTP 500 on 12% of requests", alert.Title);
        var deploy = await Services.GetRequiredService<IChangeStore>().LatestAsync("api");
        Assert.NotNull(deploy?.Previous);
        Assert.True(deploy.At < incident.State.StartedAt.AddMinutes(10), "the sample deploy came after the alert");

        var again = await forms.DoAsync("Alert", ("as", "ada"));
        Assert.DoesNotContain("it opened", again, StringComparison.Ordinal);
        Assert.Single(await Services.GetRequiredService<IIncidentStore>().ListAsync());
    }

    [Fact]
    public async Task Say_AnIncidentCommand_RunsItAndTheReplyIsOnlyForThePersonActing()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);

        var page = await forms.DoAsync("Say", ("as", "kofi"), ("channel", "incidents"), ("text", "/incident declare Checkout is down"));

        var incident = await Eventually.ReachedAsync(() => Services.GetRequiredService<IIncidentStore>().GetAsync(1), i => i is not null, "INC-1 declared");
        Assert.Equal("Checkout is down", incident!.State.Title);
        Assert.Contains("only visible to you", page, StringComparison.Ordinal);
        var asAda = await client.GetStringAsync("/playground?as=ada&channel=incidents");
        Assert.DoesNotContain("only visible to you", asAda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressAcknowledge_InTheDirectMessage_AcknowledgesTheIncident()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);
        await forms.DoAsync("Alert", ("as", "ada"));
        var page = await Eventually.ReachedAsync(
            () => Bot.Workspace.FindChannelNamed("dm-ada") is { } dm ? Task.FromResult(Bot.Workspace.MessagesSeenBy(dm.Id, "ada")) : Task.FromResult<IReadOnlyList<LocalMessage>>([]),
            messages => messages.Any(m => m.Buttons.Any(b => b.Label == "Acknowledge")), "ada paged with an Acknowledge button");
        var paged = page.Last(m => m.Buttons.Any(b => b.Label == "Acknowledge"));

        await forms.DoAsync("Press", ("as", "ada"), ("channel", "dm-ada"), ("message", paged.Id), ("action", paged.Buttons.First(b => b.Label == "Acknowledge").ActionId));

        var incident = await Services.GetRequiredService<IIncidentStore>().GetAsync(1);
        Assert.Equal(IncidentStatus.Acknowledged, incident!.State.Status);
        Assert.Equal("ada", incident.State.AcknowledgedBy);
    }

    [Fact]
    public async Task ReactPushpin_OnAMessageInTheIncidentChannel_PutsItOnTheTimeline()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);
        var channel = await IncidentChannelAsync(forms);
        await forms.DoAsync("Say", ("as", "kofi"), ("channel", channel), ("text", "The connection pool is exhausted since the deploy"));
        var said = Bot.Workspace.MessagesOf(Bot.Workspace.FindChannelNamed(channel)!.Id).Last(m => m.AuthorId == "kofi");

        var page = await forms.DoAsync("React", ("as", "ada"), ("channel", channel), ("message", said.Id), ("emoji", "📌"));

        // Characters outside the Basic Multilingual Plane are written as character references (a browser shows 📌).
        Assert.Contains("&#x1F4CC; taken: the bot put the message on the incident", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"reaction\" title=\"Ada Mensah\">&#x1F4CC; 1</span>", page, StringComparison.Ordinal);
        var incident = await Services.GetRequiredService<IIncidentStore>().GetAsync(1);
        Assert.Contains(incident!.Timeline, e => e.Text.Contains("The connection pool is exhausted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordADeploy_TakesTheLastVersionAsThePrevious_AndRefusesOneWithoutAVersion()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);

        await forms.DoAsync("Deploy", ("as", "kofi"), ("channel", "incidents"), ("service", "checkout"), ("version", "4.1"));
        var page = await forms.DoAsync("Deploy", ("as", "kofi"), ("channel", "incidents"), ("service", "checkout"), ("version", "4.2"));
        using var refused = await forms.PostAsync("Deploy", ("as", "kofi"), ("channel", "incidents"), ("service", "checkout"), ("version", " "));

        Assert.Contains("Recorded a deploy of checkout 4.2 (from 4.1) by Kofi Boateng.", page, StringComparison.Ordinal);
        var latest = await Services.GetRequiredService<IChangeStore>().LatestAsync("checkout");
        Assert.Equal(("4.2", "4.1", "kofi"), (latest!.Version, latest.Previous, latest.By));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("A change needs &#x27;service&#x27; and &#x27;version&#x27;", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Say", "nobody", "incidents", "There is nobody &#x27;nobody&#x27; on the roster to act as. People: ada, kofi, foster.")]
    [InlineData("Say", "ada", "inc-9-nothing", "There is no channel &#x27;inc-9-nothing&#x27; that Ada Mensah sees.")]
    [InlineData("Say", "ada", "incidents", "Type a message, or a command like /incident help.")]
    [InlineData("Press", "ada", "incidents", "Press a button of a message")]
    [InlineData("React", "ada", "incidents", "React to a message with an emoji")]
    public async Task Act_WhatCannotBeDone_Is400WithTheReason(string handler, string person, string channel, string reason)
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);

        using var response = await forms.PostAsync(handler, ("as", person), ("channel", channel), ("text", ""));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, page, StringComparison.Ordinal);
        Assert.Empty(Bot.Workspace.MessagesOf(LocalWorkspace.IncidentsChannelId));
    }

    [Fact]
    public async Task Act_AnotherPersonsDirectMessage_IsNotThereToPressIn()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);
        await forms.DoAsync("Alert", ("as", "ada"));
        await Eventually.ReachedAsync(() => Task.FromResult(Bot.Workspace.FindChannelNamed("dm-ada")), dm => dm is not null, "ada paged");

        using var response = await forms.PostAsync("Press", ("as", "kofi"), ("channel", "dm-ada"), ("message", "1"), ("action", "incident.ack"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no channel &#x27;dm-ada&#x27; that Kofi Boateng sees.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Act_WithoutTheAntiforgeryToken_Is400AndDoesNothing()
    {
        using var client = Browser();
        using var form = new FormUrlEncodedContent([new("as", "ada"), new("channel", "incidents"), new("text", "/incident declare Forged")]);

        using var response = await client.PostAsync("/playground/act?handler=Say", form);
        using var alert = await client.PostAsync("/playground/act?handler=Alert", new FormUrlEncodedContent([new("as", "ada")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, alert.StatusCode);
        Assert.Empty(await Services.GetRequiredService<IIncidentStore>().ListAsync());
        Assert.Empty(Bot.Workspace.MessagesOf(LocalWorkspace.IncidentsChannelId));
    }

    [Fact]
    public async Task Act_FromElsewhereWithoutSigningIn_IsRefusedAndDoesNothing()
    {
        WithAdmin();
        using var client = Browser();
        var token = Pages.AntiforgeryToken(await client.GetStringAsync("/playground"));
        From.Address = Elsewhere;

        using var response = await client.PostAsync("/playground/act?handler=Alert", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("as", "ada")]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await Services.GetRequiredService<IIncidentStore>().ListAsync());
    }

    [Fact]
    public async Task MarkupTypedOrSentInAnAlert_ShowsAsText()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);

        await forms.DoAsync("Say", ("as", "ada"), ("channel", "incidents"), ("text", $"look {Seed.Script} {Seed.Image}"));
        await forms.DoAsync("Say", ("as", "ada"), ("channel", "incidents"), ("text", $"*{Seed.Script}* in bold"));
        await forms.DoAsync("Say", ("as", "ada"), ("channel", "incidents"), ("text", $"/incident declare {Seed.Script} down"));
        var incident = await Eventually.ReachedAsync(() => Services.GetRequiredService<IIncidentStore>().GetAsync(1), i => i?.State.ChannelName is not null, "INC-1's channel");
        using var response = await client.GetAsync($"/playground?as=ada&channel={incident!.State.ChannelName}");
        var page = await response.Content.ReadAsStringAsync();
        using var incidents = await client.GetAsync("/playground?as=ada&channel=incidents");
        var said = await incidents.Content.ReadAsStringAsync();

        Pages.AssertInert(response, page);
        Pages.AssertInert(incidents, said);
        Assert.Contains("look &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;", said, StringComparison.Ordinal);
        Assert.Contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> in bold", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTheSeedDrill_ShowsItsPostmortem_AndLeavesTheLiveWorkspaceAlone()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);
        var channelsBefore = Bot.Workspace.Channels.Select(c => c.Id).ToList();

        using var ran = await forms.PostAsync("Drill", ("as", "ada"));
        Assert.Equal(HttpStatusCode.Redirect, ran.StatusCode);
        var page = await client.GetStringAsync(ran.Headers.Location);

        Assert.Contains("Seed drill: Server outage after an untested upgrade", page, StringComparison.Ordinal);
        Assert.Contains("none of it is in the playground or on the dashboard", page, StringComparison.Ordinal);
        Assert.Contains("The upgrade was pushed to every production server", page, StringComparison.Ordinal);
        Assert.Contains("Rollback of api from 2023.06.1 to 2023.05.4", page, StringComparison.Ordinal);
        Assert.Empty(await Services.GetRequiredService<IIncidentStore>().ListAsync());
        Assert.Equal(channelsBefore, Bot.Workspace.Channels.Select(c => c.Id).ToList());
    }

    [Fact]
    public async Task Version_GrowsWhenAChannelChanges()
    {
        using var client = Browser();
        var forms = new PlaygroundForms(client);
        var before = long.Parse(await client.GetStringAsync("/playground/version"), System.Globalization.CultureInfo.InvariantCulture);

        await forms.DoAsync("Say", ("as", "ada"), ("channel", "incidents"), ("text", "anyone there?"));

        var after = long.Parse(await client.GetStringAsync("/playground/version"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after > before, $"{after} is not past {before}");
        Assert.Equal(after, Services.GetRequiredService<IPlaygroundWorkspace>().Version);
    }

    /// <summary>Sends a sample alert and waits for its incident's channel; returns the channel's name.</summary>
    private async Task<string> IncidentChannelAsync(PlaygroundForms forms)
    {
        await forms.DoAsync("Alert", ("as", "ada"));
        var incident = await Eventually.ReachedAsync(() => Services.GetRequiredService<IIncidentStore>().GetAsync(1), i => i?.State.ChannelName is not null, "INC-1's channel");
        return incident!.State.ChannelName!;
    }
}

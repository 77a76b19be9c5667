using System.Net;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Connector;
using IncidentBot.Tests.OnCall;
using IncidentBot.Tests.Slack;

namespace IncidentBot.Tests.Teams;

/// <summary>
/// <c>@IncidentBot oncall</c> over signed Teams activities in the incidents channel: who is on call, an override of a
/// person named by Teams @mention, and the schedule showing it, each answered in the channel through the Bot Connector.
/// </summary>
public sealed class TeamsOnCallEndToEndTests : IAsyncLifetime
{
    private const string AdaTeamsId = "29:1adaMensahTeamsId";

    private TeamsWorld _world = null!;

    public async Task InitializeAsync() => _world = await TeamsWorld.StartAsync(AlwaysOnPrimary.Configure);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task OnCall_OverTeams_ShowsTheSchedule_TakesAnOverrideByMention_AndShowsItOnCall()
    {
        _world.Connector.SetMembers(TeamsWorld.IncidentsChannel, Member(AdaTeamsId, TeamsWorld.AdaObjectId, "Ada Mensah", "ada@contoso.example"));

        var before = await AskAsync(_world.Message(TeamsWorld.FosterObjectId, "Foster Adu-Gyamfi", TeamsWorld.IncidentsChannel, "oncall"), "**On call**", 1);
        var made = await AskAsync(Override(AdaTeamsId, "Ada Mensah", "from now to tomorrow 09:00"), "On call for primary", 1);
        var after = await AskAsync(_world.Message(TeamsWorld.FosterObjectId, "Foster Adu-Gyamfi", TeamsWorld.IncidentsChannel, "oncall"), "**On call**", 2);

        Assert.Contains("primary", before, StringComparison.Ordinal);
        Assert.Contains("now **Kofi Boateng** until ", before, StringComparison.Ordinal);
        Assert.Contains("On call for primary: Ada Mensah is on call, ", made, StringComparison.Ordinal);
        Assert.Contains("Override `o-", made, StringComparison.Ordinal);
        Assert.Contains("now **Ada Mensah** (override) until ", after, StringComparison.Ordinal);
        Assert.Empty(_world.Connector.Violations);
    }

    [Fact]
    public async Task Override_EndingBeforeItStarts_IsRefusedOverTeams()
    {
        _world.Connector.SetMembers(TeamsWorld.IncidentsChannel, Member(AdaTeamsId, TeamsWorld.AdaObjectId, "Ada Mensah", "ada@contoso.example"));

        var refused = await AskAsync(Override(AdaTeamsId, "Ada Mensah", "from tomorrow 09:00 to today 00:00"), "The override would end (", 1);
        var after = await AskAsync(_world.Message(TeamsWorld.FosterObjectId, "Foster Adu-Gyamfi", TeamsWorld.IncidentsChannel, "oncall"), "**On call**", 1);

        Assert.Contains("give `from` the earlier time.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("(override)", after, StringComparison.Ordinal);
    }

    /// <summary>Sends the activity and returns the text of the <paramref name="nth"/> answer in the incidents channel that contains <paramref name="marker"/>.</summary>
    private async Task<string> AskAsync(JsonObject activity, string marker, int nth)
    {
        using var response = await _world.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        try
        {
            var answer = await SlackWorld.SeenAsync(
                () => Answers().Where(a => a.Contains(marker, StringComparison.Ordinal)).ElementAtOrDefault(nth - 1),
                $"answer {nth} containing '{marker}' in the incidents channel", seconds: 30);
            return answer;
        }
        catch (TimeoutException e)
        {
            var seen = string.Join("\n", Answers());
            throw new TimeoutException($"{e.Message} The channel has:\n{seen}", e);
        }
    }

    /// <summary>The bot's messages in the incidents channel, each as the text its card shows.</summary>
    private IEnumerable<string> Answers() => _world.Connector.ActivitiesIn(TeamsWorld.IncidentsChannel).Select(a =>
        a.Card?["body"]?.AsArray() is { } body
            ? string.Join("\n", body.Select(b => b?["text"]?.GetValue<string>()).OfType<string>())
            : a.Text ?? "");

    /// <summary><c>@IncidentBot oncall override @Ada …</c> by Kofi in the incidents channel, with Ada @mentioned as Teams writes it.</summary>
    private JsonObject Override(string mentionedId, string mentionedName, string range)
    {
        var activity = _world.Message(TeamsWorld.KofiObjectId, "Kofi Boateng", TeamsWorld.IncidentsChannel, "oncall override");
        activity["text"] = $"<at>IncidentBot</at> oncall override <at>{mentionedName}</at> {range}";
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention", ["text"] = $"<at>{mentionedName}</at>", ["mentioned"] = new JsonObject { ["id"] = mentionedId, ["name"] = mentionedName },
        });
        return activity;
    }

    private static TeamsMember Member(string id, string objectId, string name, string email) =>
        new() { Id = id, AadObjectId = objectId, Name = name, Email = email, UserPrincipalName = email, TenantId = "tenant" };
}

using System.Text.Json;
using IncidentBot.Core.People;
using IncidentBot.Local;

namespace IncidentBot.Tests.Chat;

/// <summary>An incident run from the channel from acknowledgement to resolution and back, as the API shows it.</summary>
public sealed class IncidentLifecycleTests : IAsyncLifetime
{
    private readonly ChatBot _bot = new();
    private string _channel = "";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Commands_FullResponseInTheChannel_ChangeTheIncidentStepByStep()
    {
        _channel = await _bot.DeclareAsync();

        Assert.Equal("acknowledged", await StatusAfterAsync(_bot.Ada, "/incident ack", "You acknowledged INC-1; escalation stopped."));
        Assert.Equal("acknowledged", await StatusAfterAsync(_bot.Ada, "/incident severity sev1", "INC-1 is now sev1."));
        await StatusAfterAsync(_bot.Ada, "/incident lead @kofi", "Kofi Boateng leads INC-1.");
        await StatusAfterAsync(_bot.Kofi, "/incident note Payment client times out after the 09:40 deploy", "Note recorded on the INC-1 timeline.");
        await StatusAfterAsync(_bot.Kofi, "/incident update Checkout is failing; rollback under way", "Status update recorded on the INC-1 timeline.");
        await StatusAfterAsync(_bot.Kofi, "/incident rootcause The deploy halved the payment client timeout", "Root cause recorded on the INC-1 timeline.");
        await StatusAfterAsync(_bot.Kofi, "/incident followup Alert on payment client timeouts", "Follow-up recorded on the INC-1 timeline.");
        Assert.Equal("mitigated", await StatusAfterAsync(_bot.Kofi, "/incident mitigated Traffic moved to the old release", "INC-1 is mitigated."));
        Assert.Equal("resolved", await StatusAfterAsync(_bot.Kofi, "/incident resolve", "INC-1 is resolved; the postmortem draft follows."));
        Assert.Equal("resolved", await StatusAfterAsync(_bot.Ada, "/incident resolve", "INC-1 is already resolved."));

        var resolved = await _bot.IncidentWithAsync("postmortem-drafted");
        Assert.Equal("sev1", ChatBot.Text(resolved, "severity"));
        Assert.Equal("kofi", ChatBot.Text(resolved, "lead"));
        Assert.Equal(["The deploy halved the payment client timeout"], Strings(resolved, "rootCauses"));
        Assert.Equal(["Alert on payment client timeouts"], Strings(resolved, "followUps"));
        Assert.Equal(JsonValueKind.Number, resolved.GetProperty("metrics").GetProperty("timeToResolveSeconds").ValueKind);
        Assert.Single(ChatBot.Entries(resolved, "resolved"));

        Assert.Equal("acknowledged", await StatusAfterAsync(_bot.Ada, "/incident reopen the error rate is back", "INC-1 is open again."));
        var reopened = await _bot.IncidentAsync();
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("resolvedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("mitigatedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, reopened.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal("Reopened: the error rate is back", ChatBot.Entries(reopened, "status-update")[^1].GetProperty("text").GetString());
        Assert.Equal(
            [
                "status-update", "channel-opened", "paged", "acknowledged", "severity-changed", "role-assigned", "note",
                "status-update", "root-cause", "follow-up", "mitigated", "resolved", "postmortem-drafted", "status-update",
            ],
            ChatBot.Kinds(reopened));
    }

    [Fact]
    public async Task Update_InTheChannel_IsAlsoPostedWhereStakeholdersRead()
    {
        _channel = await _bot.DeclareAsync();

        await _bot.SayAsync(_bot.Kofi, _channel, "/incident update Checkout is failing; rollback under way");

        var announcements = _bot.Workspace.MessagesSeenBy(LocalWorkspace.IncidentsChannelId, _bot.Foster.Id);
        Assert.Contains(announcements, m => m.Text == "*INC-1 update* (triggered): Checkout is failing; rollback under way");
        var inChannel = _bot.Workspace.MessagesSeenBy(_channel, _bot.Foster.Id);
        Assert.Contains(inChannel, m => m.Text == "*Status update* from Kofi Boateng: Checkout is failing; rollback under way");
        var update = ChatBot.Entries(await _bot.IncidentAsync(), "status-update")[^1];
        Assert.EndsWith("#m" + inChannel.Last(m => m.Text.StartsWith("*Status update*", StringComparison.Ordinal)).Id, update.GetProperty("link").GetString(), StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Strings(JsonElement incident, string property) =>
        incident.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Types a command in the incident channel, checks the reply, and returns the status the API shows afterwards.</summary>
    private async Task<string> StatusAfterAsync(Person person, string typed, string reply)
    {
        Assert.Equal(reply, await _bot.SayAsync(person, _channel, typed));
        return ChatBot.Text(await _bot.IncidentAsync(), "status");
    }
}

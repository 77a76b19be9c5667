using IncidentBot.Tests.OnCall;

namespace IncidentBot.Tests.Slack;

/// <summary>
/// <c>/incident oncall</c> over signed Slack slash commands: who is on call, an override of a person named by Slack
/// mention, and a refusal, each as the ephemeral reply Slack shows the person who typed it.
/// </summary>
public sealed class SlackOnCallTests : IAsyncLifetime
{
    private const string Channel = "C0GENERAL";

    private SlackWorld _world = null!;

    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync(AlwaysOnPrimary.Configure);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task OnCall_OverSlack_ShowsTheSchedule_TakesAnOverrideByMention_AndShowsItOnCall()
    {
        var before = await _world.CommandAsync("U0FOSTER", Channel, "oncall");
        var made = await _world.CommandAsync("U0KOFI", Channel, "oncall override <@U0ADA|ada> from now to tomorrow 09:00");
        var after = await _world.CommandAsync("U0FOSTER", Channel, "oncall");

        Assert.StartsWith("*On call* (times in Europe/London)\n• *primary*: now *Kofi Boateng* until ", before, StringComparison.Ordinal);
        Assert.StartsWith("On call for primary: Ada Mensah is on call, ", made, StringComparison.Ordinal);
        Assert.Contains("). Override `o-", made, StringComparison.Ordinal);
        Assert.Contains("now *Ada Mensah* (override) until ", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Override_EndingBeforeItStarts_IsRefusedOverSlack()
    {
        var reply = await _world.CommandAsync("U0KOFI", Channel, "oncall override <@U0ADA|ada> from tomorrow 09:00 to today 00:00");

        Assert.StartsWith("The override would end (", reply, StringComparison.Ordinal);
        Assert.EndsWith("give `from` the earlier time.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("(override)", await _world.CommandAsync("U0FOSTER", Channel, "oncall"), StringComparison.Ordinal);
    }
}

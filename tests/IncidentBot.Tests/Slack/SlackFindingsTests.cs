using System.Text.Json.Nodes;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Tests.Slack;

/// <summary>
/// On Slack, a root cause said in plain words in the channel is asked about on resolve, confirmed with the prompt's
/// button, and stated in the postmortem with who said it and who confirmed it.
/// </summary>
public sealed class SlackFindingsTests : IAsyncLifetime
{
    private const string RootCause = "Turns out the auth client upgrade shipped without a timeout.";
    private SlackWorld _world = null!;

    public async Task InitializeAsync() => _world = await SlackWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RootCauseSaidInTheChannel_ConfirmedWithTheButton_IsInThePostmortem()
    {
        var slack = _world.Slack;
        await _world.PostAlertAsync();
        var channel = await SlackWorld.SeenAsync(() => slack.Channels.FirstOrDefault(c => c.Name.StartsWith("inc-1-", StringComparison.Ordinal) && c.Topic is not null), "the incident channel");
        await SlackWorld.SeenAsync(async () => (await _world.KindsAsync()).Contains("channel-opened"), "the channel on the incident");
        await _world.EventAsync("Ev01", new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["user"] = "U0KOFI", ["text"] = RootCause, ["ts"] = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.000200" });
        var transcript = _world.Bot.Services.GetRequiredService<ITranscriptStore>();
        await SlackWorld.SeenAsync(async () => (await transcript.ListAsync(1)).Any(m => m.Text == RootCause), "Kofi's message captured");

        await _world.CommandAsync("U0ADA", channel.Id, "resolve Traffic healthy again");
        var prompt = await SlackWorld.SeenAsync(
            () => slack.Messages(channel.Id).LastOrDefault(m => m.Blocks?.ToJsonString().Contains("finding.confirm", StringComparison.Ordinal) == true),
            "the question about the root cause");
        Assert.Contains("Root cause?", prompt.Text, StringComparison.Ordinal);
        Assert.Contains(RootCause, prompt.Text, StringComparison.Ordinal);
        await _world.PressAsync("U0ADA", prompt, "finding.confirm", "1:1");

        await SlackWorld.SeenAsync(
            () => slack.Messages(channel.Id).FirstOrDefault(m => m.Ts == prompt.Ts && m.Edits > 0 && m.Text?.Contains("confirmed by Ada Mensah", StringComparison.Ordinal) == true),
            "the question answered in place");
        await SlackWorld.SeenAsync(
            async () => (await _world.IncidentAsync()).GetProperty("timeline").EnumerateArray().Any(e => e.GetProperty("kind").GetString() == "root-cause"),
            "the root cause on the timeline");
        await _world.CommandAsync("U0ADA", channel.Id, "postmortem");
        var upload = await SlackWorld.SeenAsync(
            () => slack.Uploads.LastOrDefault(u => u.Completed && u.ChannelId == channel.Id && System.Text.Encoding.UTF8.GetString(u.Content!).Contains("confirmed by Ada Mensah", StringComparison.Ordinal)),
            "the postmortem stating the confirmed root cause");
        var markdown = System.Text.Encoding.UTF8.GetString(upload.Content!);
        Assert.Contains(RootCause, markdown, StringComparison.Ordinal);
        Assert.Contains("— Kofi", markdown, StringComparison.Ordinal);
        Assert.Empty(slack.Violations);
    }
}

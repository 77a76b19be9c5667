using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using IncidentBot.Slack.Inbound;

namespace IncidentBot.Slack.Tests.SocketMode;

public sealed class SocketModeEnvelopeTests
{
    [Theory]
    [InlineData("envelope_slash_commands.json", "/hello-socket-mode", "testxyz")]
    [InlineData("envelope_slash_commands_java.json", "/hi-socket-mode", "test-test-test")]
    public async Task SlashCommandEnvelope_SdkFixture_ReachesInboundAsCommandAndAckCarriesItsAnswer(string fixture, string command, string userName)
    {
        await using var bot = await SocketModeHarness.StartAsync();
        bot.Inbound.CommandAck = SlackAck.Ephemeral("Got it");
        await bot.ConnectedAsync(1);

        var envelopeId = await bot.Slack.PushAsync(SocketModeFixtures.Read(fixture));
        var ack = await bot.Slack.AckAsync(envelopeId);

        var expected = new SlashCommand(
            command, "", "U111", userName, "C111", "random", "T111", new Uri("https://hooks.slack.com/commands/T111/111/xxx"), "111.222.xxx");
        Assert.Equal(expected, Assert.Single(bot.Inbound.Commands));
        AssertJson(SocketModeFixtures.Ack("ack_with_payload_slash_command.json", envelopeId), ack);
    }

    [Theory]
    [InlineData("envelope_events_api_app_mention.json")]
    [InlineData("envelope_events_api_app_mention_java.json")]
    [InlineData("envelope_events_api_message.json")]
    public async Task EventsApiEnvelope_SdkFixture_ReachesInboundAsEventCallbackAndIsAckedWithoutPayload(string fixture)
    {
        await using var bot = await SocketModeHarness.StartAsync();
        await bot.ConnectedAsync(1);

        var envelopeId = await bot.Slack.PushAsync(SocketModeFixtures.Read(fixture));
        var ack = await bot.Slack.AckAsync(envelopeId);

        AssertJson(SocketModeFixtures.ReadObject(fixture)["payload"]!, Assert.Single(bot.Inbound.Events));
        AssertJson(SocketModeFixtures.Ack("ack_minimal.json", envelopeId), ack);
    }

    [Theory]
    [InlineData("envelope_interactive_shortcut.json")]
    [InlineData("envelope_interactive_block_actions_message_java.json")]
    [InlineData("envelope_interactive_block_actions_view.json")]
    public async Task InteractiveEnvelope_SdkFixture_ReachesInboundAsInteractionAndIsAckedWithoutPayload(string fixture)
    {
        await using var bot = await SocketModeHarness.StartAsync();
        await bot.ConnectedAsync(1);

        var envelopeId = await bot.Slack.PushAsync(SocketModeFixtures.Read(fixture));
        var ack = await bot.Slack.AckAsync(envelopeId);

        AssertJson(SocketModeFixtures.ReadObject(fixture)["payload"]!, Assert.Single(bot.Inbound.Interactions));
        AssertJson(SocketModeFixtures.Ack("ack_minimal.json", envelopeId), ack);
    }

    [Fact]
    public async Task LargeEnvelope_SentInManyFrames_ArrivesWhole()
    {
        await using var bot = await SocketModeHarness.StartAsync(arrange: b => b.Slack.FrameSize = 4096);
        await bot.ConnectedAsync(1);
        var json = SocketModeFixtures.ReadObject("envelope_interactive_block_actions_view.json").ToJsonString();
        Assert.True(Encoding.UTF8.GetByteCount(json) > 10 * bot.Slack.FrameSize);

        var envelopeId = await bot.Slack.PushAsync(json);
        await bot.Slack.AckAsync(envelopeId);

        AssertJson(JsonNode.Parse(json)!["payload"]!, Assert.Single(bot.Inbound.Interactions));
    }

    [Fact]
    public async Task InteractiveEnvelope_HandlerAnswersWithBody_AckLeavesPayloadOutAsEnvelopeAcceptsNone()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        bot.Inbound.InteractionAck = SlackAck.Ephemeral("ignored by Slack");
        await bot.ConnectedAsync(1);

        var envelopeId = await bot.Slack.PushAsync(SocketModeFixtures.Read("envelope_interactive_shortcut.json"));

        AssertJson(SocketModeFixtures.Ack("ack_minimal.json", envelopeId), await bot.Slack.AckAsync(envelopeId));
    }

    [Fact]
    public async Task SlashCommandEnvelope_WithoutUserId_IsAckedAndNotHandled()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        await bot.ConnectedAsync(1);
        var json = SocketModeFixtures.ReadWith("envelope_slash_commands.json", e => e["payload"]!.AsObject().Remove("user_id"));

        var envelopeId = await bot.Slack.PushAsync(json);

        AssertJson(SocketModeFixtures.Ack("ack_minimal.json", envelopeId), await bot.Slack.AckAsync(envelopeId));
        Assert.Empty(bot.Inbound.Commands);
    }

    [Fact]
    public async Task Envelope_OfATypeSlackAddsLater_IsAckedAndNotHandled()
    {
        await using var bot = await SocketModeHarness.StartAsync();
        await bot.ConnectedAsync(1);
        var json = SocketModeFixtures.ReadWith("envelope_interactive_shortcut.json", e => e["type"] = "workflow_step");

        var envelopeId = await bot.Slack.PushAsync(json);

        AssertJson(SocketModeFixtures.Ack("ack_minimal.json", envelopeId), await bot.Slack.AckAsync(envelopeId));
        Assert.Equal(0, bot.Inbound.Started);
    }

    private static void AssertJson(JsonNode expected, JsonElement actual) => AssertJson(expected, JsonNode.Parse(actual.GetRawText())!);

    private static void AssertJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {expected.ToJsonString()} but got {actual.ToJsonString()}");
}

using IncidentBot.Slack.Inbound;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>Slash commands read from a form (HTTP) or a Socket Mode payload (JSON), the same way.</summary>
public sealed class SlashCommandParserTests
{
    [Fact]
    public void FromForm_SpacesAsPlusAndEscapedText_DecodesTheFormButKeepsSlackEscaping()
    {
        var form = QueryHelpers.ParseQuery("command=%2Fincident&text=note+a+%26lt%3Bb%26gt%3B+%3C%40U1%7Cada%3E&user_id=U1&channel_id=C1&team_id=T1");

        var command = SlashCommandParser.FromForm(form)!;

        Assert.Equal("note a &lt;b&gt; <@U1|ada>", command.Text);
        Assert.Equal((null, null, null, null), (command.UserName, command.ChannelName, command.ResponseUrl, command.TriggerId));
    }

    [Theory]
    [InlineData("text=ack&user_id=U1&channel_id=C1&team_id=T1")]
    [InlineData("command=%2Fincident&channel_id=C1&team_id=T1")]
    [InlineData("command=%2Fincident&user_id=U1&team_id=T1")]
    [InlineData("command=%2Fincident&user_id=U1&channel_id=C1")]
    [InlineData("command=%2Fincident&user_id=U1&user_id=U2&channel_id=C1&team_id=T1")]
    public void FromForm_MissingOrRepeatedRequiredField_IsNull(string body)
    {
        Assert.Null(SlashCommandParser.FromForm(QueryHelpers.ParseQuery(body)));
    }

    [Theory]
    [InlineData("socket_mode/envelope_slash_commands.json", "/hello-socket-mode", "testxyz")]
    [InlineData("socket_mode/envelope_slash_commands_java.json", "/hi-socket-mode", "test-test-test")]
    public void FromJson_SocketModeEnvelopePayload_ReadsLikeTheForm(string fixture, string name, string userName)
    {
        var command = SlashCommandParser.FromJson(Fixture.Json(fixture).GetProperty("payload"))!;

        Assert.Equal(
            new SlashCommand(name, "", "U111", userName, "C111", "random", "T111", new Uri("https://hooks.slack.com/commands/T111/111/xxx"), "111.222.xxx"),
            command);
    }
}

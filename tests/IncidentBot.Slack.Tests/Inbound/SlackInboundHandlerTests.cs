using IncidentBot.Slack.Inbound;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary><c>/incident &lt;text&gt;</c> from Slack into the core's command router, answered ephemerally.</summary>
public sealed class SlackInboundHandlerTests
{
    private readonly InboundWorld _world = new();

    [Fact]
    public async Task HandleSlashCommandAsync_DocsExampleWithNoText_AnswersHelpOnlyToTheTyper()
    {
        var ack = await _world.Handler.HandleSlashCommandAsync(Command("http/slash_command_docs_example.form.txt"));

        Assert.Equal("ephemeral", ack.Body!["response_type"]!.GetValue<string>());
        Assert.StartsWith("*Usage:* `/incident &lt;subcommand&gt;`", ack.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_world.Note.Runs);
    }

    [Fact]
    public async Task HandleSlashCommandAsync_BoltPythonForm_DispatchesItsTextAsTheSlackUser()
    {
        var ack = await _world.Handler.HandleSlashCommandAsync(Command("http/slash_command_bolt_python.form.txt") with { Text = "declare Checkout fails" });

        Assert.Equal("declare ran", ack.Body!["text"]!.GetValue<string>());
        var run = Assert.Single(_world.Declare.Runs);
        Assert.Equal(("slack", "W111", "primary-owner"), (run.User.Platform, run.User.UserId, run.User.DisplayName));
        Assert.Equal(("ada", "C111", "Checkout fails", InboundWorld.Now), (run.Actor.Id, run.ChannelId, run.Arguments, run.At));
    }

    [Fact]
    public async Task HandleSlashCommandAsync_SlackEscapedText_ReachesTheCoreUnescapedWithMentionsKept()
    {
        await _world.OpenIncidentAsync("C111");
        var command = Command("http/slash_command_bolt_python.form.txt") with { Text = "note p99 &gt; 2s &amp; &lt;@x&gt; &amp;lt; <@U222|bob>" };

        await _world.Handler.HandleSlashCommandAsync(command);

        Assert.Equal("p99 > 2s & <@x> &lt; <@U222|bob>", Assert.Single(_world.Note.Runs).Arguments);
    }

    [Fact]
    public async Task HandleSlashCommandAsync_UnknownSlackUser_RunsAsAGuestNamedBySlack()
    {
        await _world.OpenIncidentAsync("C111");
        var command = Command("http/slash_command_bolt_python.form.txt") with { UserId = "U999", UserName = "vera", Text = "note hi" };

        await _world.Handler.HandleSlashCommandAsync(command);

        var run = Assert.Single(_world.Note.Runs);
        Assert.Equal(("U999", "vera"), (run.Actor.Id, run.Actor.Name));
    }

    [Fact]
    public async Task HandleSlashCommandAsync_AnotherAppsCommand_RunsNothingAndSaysSo()
    {
        await _world.OpenIncidentAsync("C111");
        var command = Command("http/slash_command_bolt_python.form.txt") with { Command = "/other", Text = "note hi" };

        var ack = await _world.Handler.HandleSlashCommandAsync(command);

        Assert.Contains("answers /incident only", ack.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_world.Note.Runs);
    }

    /// <summary>An SDK's or the docs' example, as Slack would send it to this app: with the bot's command.</summary>
    private static SlashCommand Command(string fixture) =>
        SlashCommandParser.FromForm(QueryHelpers.ParseQuery(Fixture.Text(fixture)))! with { Command = SlashCommand.BotCommand };
}

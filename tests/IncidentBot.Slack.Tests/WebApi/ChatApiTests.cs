using System.Text.Json.Nodes;

using IncidentBot.Slack.Testing;
using IncidentBot.Slack.WebApi;

namespace IncidentBot.Slack.Tests.WebApi;

public sealed class ChatApiTests : SlackApiTestBase
{
    private static JsonArray Card(string text) =>
        [new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } }];

    [Fact]
    public async Task PostMessageAsync_TextAndBlocks_PostsJsonWithBotTokenAndReturnsTs()
    {
        Harness.Slack.AddChannel("C0INCIDNT", "incidents");

        var posted = await Harness.Client.Chat.PostMessageAsync("C0INCIDNT", "INC-1 opened", Card("*INC-1* opened"));

        var call = Assert.Single(Harness.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal(SlackApiHarness.BotToken, call.Token);
        Assert.Equal("*INC-1* opened", call.ArgJson("blocks")?[0]?["text"]?["text"]?.GetValue<string>());
        var message = Assert.Single(Harness.Slack.Messages("C0INCIDNT"));
        Assert.Equal(new SlackMessageRef("C0INCIDNT", message.Ts), posted);
        Assert.Equal("INC-1 opened", message.Text);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task PostMessageAsync_ToUserId_AnswersWithTheDirectMessageChannel()
    {
        Harness.Slack.AddUser("U0ONCALL1", "ada", "ada@example.com");

        var posted = await Harness.Client.Chat.PostMessageAsync("U0ONCALL1", "You are paged for INC-1");

        Assert.StartsWith("D", posted.Channel, StringComparison.Ordinal);
        Assert.Equal("You are paged for INC-1", Assert.Single(Harness.Slack.Messages("U0ONCALL1")).Text);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task PostMessageAsync_UnknownChannel_ThrowsWithSlacksError()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Harness.Client.Chat.PostMessageAsync("C0MISSING", "hello"));

        Assert.Equal("chat.postMessage", error.Method);
        Assert.Equal("channel_not_found", error.Error);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task UpdateAsync_PostedMessage_ReplacesTextAndBlocks()
    {
        Harness.Slack.AddChannel("C0INCIDNT", "incidents");
        var posted = await Harness.Client.Chat.PostMessageAsync("C0INCIDNT", "INC-1 triggered", Card("triggered"));

        await Harness.Client.Chat.UpdateAsync(posted.Channel, posted.Ts, "INC-1 acknowledged", Card("acknowledged"));

        var message = Assert.Single(Harness.Slack.Messages("C0INCIDNT"));
        Assert.Equal("INC-1 acknowledged", message.Text);
        Assert.Equal("acknowledged", message.Blocks?[0]?["text"]?["text"]?.GetValue<string>());
        Assert.Equal(1, message.Edits);
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task UpdateAsync_WithoutBlocks_KeepsTheOldBlocksAsSlackDoes()
    {
        Harness.Slack.AddChannel("C0INCIDNT", "incidents");
        var posted = await Harness.Client.Chat.PostMessageAsync("C0INCIDNT", "INC-1 triggered", Card("triggered"));

        await Harness.Client.Chat.UpdateAsync(posted.Channel, posted.Ts, "INC-1 acknowledged");

        var call = Assert.Single(Harness.Slack.CallsTo("chat.update"));
        Assert.Null(call.Arguments["blocks"]);
        Assert.Equal("triggered", Assert.Single(Harness.Slack.Messages("C0INCIDNT")).Blocks?[0]?["text"]?["text"]?.GetValue<string>());
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task PostEphemeralAsync_MemberOfChannel_OnlyTheyGetItAndItsTsComesBack()
    {
        Harness.Slack.AddUser("U0RESPND1", "grace");
        Harness.Slack.AddChannel("C0INCIDNT", "incidents", ["U0RESPND1"]);

        var ts = await Harness.Client.Chat.PostEphemeralAsync("C0INCIDNT", "U0RESPND1", "Usage: /incident ack [eta]");

        var ephemeral = Assert.Single(Harness.Slack.Ephemerals("C0INCIDNT"));
        Assert.Equal(("U0RESPND1", ts, "Usage: /incident ack [eta]"), (ephemeral.User, ephemeral.MessageTs, ephemeral.Text));
        Assert.Empty(Harness.Slack.Messages("C0INCIDNT"));
        Assert.Empty(Harness.Slack.Violations);
    }

    [Fact]
    public async Task GetPermalinkAsync_PostedMessage_SendsFormAndReturnsArchiveLink()
    {
        Harness.Slack.AddChannel("C0INCIDNT", "incidents");
        var posted = await Harness.Client.Chat.PostMessageAsync("C0INCIDNT", "INC-1 opened");

        var link = await Harness.Client.Chat.GetPermalinkAsync(posted.Channel, posted.Ts);

        var call = Assert.Single(Harness.Slack.CallsTo("chat.getPermalink"));
        Assert.Equal("application/x-www-form-urlencoded", call.ContentType);
        Assert.Equal(new Uri($"{FakeSlackServer.WorkspaceUrl}archives/C0INCIDNT/p{posted.Ts.Replace(".", "", StringComparison.Ordinal)}"), link);
        Assert.Empty(Harness.Slack.Violations);
    }
}

using System.Text.Json;
using IncidentBot.Teams.Activities;

namespace IncidentBot.Teams.Tests.Activities;

public sealed class TeamsInboundEventTests
{
    [Fact]
    public void ReadCardPress_PlaygroundExecuteInvoke_GivesVerbWhoAndTheCardsMessage()
    {
        var activity = TeamsFixture.Activity("playground/inbound_invoke_adaptivecard_action_execute.json");

        var press = TeamsInbound.ReadCardPress(activity);

        Assert.Equal(TeamsActivityKind.CardPress, TeamsInbound.KindOf(activity));
        Assert.NotNull(press);
        Assert.Equal(TeamsCardPressKind.Execute, press.Kind);
        Assert.Equal("ack", press.Verb);
        Assert.Equal("ack", press.ActionId);
        Assert.Equal("INC-42", press.Data!.Value.GetProperty("incidentId").GetString());
        Assert.Equal("Alex Wilber", press.From.Name);
        Assert.Equal("1795569061676", press.MessageId);
    }

    [Fact]
    public void ReadCardPress_RealExecuteWithoutVerbOrOurData_HasNoActionId()
    {
        var press = TeamsInbound.ReadCardPress(TeamsFixture.Activity("real/teams_invoke_adaptivecard_action_personal.json"));

        Assert.NotNull(press);
        Assert.Null(press.ActionId);
        Assert.Equal("test invokes", press.Data!.Value.GetProperty("feedback").GetString());
        Assert.Equal("1767765488332", press.MessageId);
        Assert.Equal("c5e99701-2a32-49c1-a660-4629ceeb8c61", press.From.AadObjectId);
    }

    [Fact]
    public void ReadCardPress_PlaygroundSubmit_GivesTheDataAndTheCardsMessage()
    {
        var activity = TeamsFixture.Activity("playground/inbound_message_action_submit_value.json");

        var press = TeamsInbound.ReadCardPress(activity);

        Assert.NotNull(press);
        Assert.Equal(TeamsCardPressKind.Submit, press.Kind);
        Assert.Null(press.ActionId);
        Assert.Equal("resolve", press.Data!.Value.GetProperty("action").GetString());
        Assert.Equal("1795569061676", press.MessageId);
        Assert.Equal("user-id-0", press.From.Id);
    }

    [Fact]
    public void ReadCardPress_PlainMessage_IsNoPress()
    {
        Assert.Null(TeamsInbound.ReadCardPress(TeamsFixture.Activity("playground/inbound_message_personal.json")));
    }

    [Fact]
    public void ReadCardPress_OtherInvoke_IsNoPress()
    {
        var activity = TeamsFixture.Activity("playground/inbound_invoke_adaptivecard_action_execute.json") with { Name = "composeExtension/fetchTask" };

        Assert.Equal(TeamsActivityKind.OtherInvoke, TeamsInbound.KindOf(activity));
        Assert.Null(TeamsInbound.ReadCardPress(activity));
    }

    [Fact]
    public void ReadConversationEvent_PlaygroundInstall_IsTheBotAddedToTheTeam()
    {
        var activity = TeamsFixture.Activity("playground/inbound_installationupdate_add_team.json");

        var installed = TeamsInbound.ReadConversationEvent(activity);

        Assert.Equal(TeamsActivityKind.InstallationUpdate, TeamsInbound.KindOf(activity));
        Assert.True(installed?.BotAdded);
        Assert.False(installed?.BotRemoved);
        Assert.Equal("My Team", installed?.Team?.Name);
        Assert.Equal("http://localhost:56150/_connector", installed?.Activity.ServiceUrl);
    }

    [Theory]
    [InlineData("playground/inbound_conversationupdate_bot_added_team.json", "team-id")]
    [InlineData("docs/conversationupdate_bot_added_to_team.json", "19:efa9296d959346209fea44151c742e73@thread.skype")]
    public void ReadConversationEvent_BotAmongMembersAdded_IsTheBotAdded(string path, string team)
    {
        var activity = TeamsFixture.Activity(path);

        var added = TeamsInbound.ReadConversationEvent(activity);

        Assert.Equal(TeamsActivityKind.ConversationUpdate, TeamsInbound.KindOf(activity));
        Assert.True(added?.BotAdded);
        Assert.Equal("teamMemberAdded", added?.EventType);
        Assert.Equal(team, added?.Team?.Id);
    }

    [Fact]
    public void ReadConversationEvent_SomeoneElseAdded_IsNotTheBotAdded()
    {
        var activity = TeamsFixture.Activity("docs/conversationupdate_bot_added_to_team.json") with { MembersAdded = [new TeamsAccount { Id = "29:ada" }] };

        var added = TeamsInbound.ReadConversationEvent(activity);

        Assert.False(added?.BotAdded);
        Assert.Equal("29:ada", Assert.Single(added!.MembersAdded).Id);
    }

    [Theory]
    [InlineData("messageUpdate", "editMessage", TeamsMessageChangeKind.Edited)]
    [InlineData("messageUpdate", "undeleteMessage", TeamsMessageChangeKind.Undeleted)]
    [InlineData("messageDelete", "softDeleteMessage", TeamsMessageChangeKind.Deleted)]
    public void ReadMessageChange_EditUndeleteDelete_AreTold(string type, string eventType, TeamsMessageChangeKind kind)
    {
        var activity = TeamsActivityReader.Read(JsonSerializer.Serialize(new
        {
            type,
            id = "1759944781430",
            text = "db is back",
            conversation = new { id = "19:c@thread.tacv2;messageid=1759881511856" },
            from = new { id = "29:ada" },
            channelData = new { eventType },
        }));

        var change = TeamsInbound.ReadMessageChange(activity);

        Assert.Equal(TeamsActivityKind.MessageChange, TeamsInbound.KindOf(activity));
        Assert.Equal(kind, change?.Kind);
        Assert.Equal("1759944781430", change?.MessageId);
        Assert.Equal(kind == TeamsMessageChangeKind.Deleted ? null : "db is back", change?.Text);
    }

    [Fact]
    public void ReadReaction_ReactionsOnTheBotsMessage_AreRead()
    {
        var activity = TeamsActivityReader.Read("""
            {"type":"messageReaction","replyToId":"1795569061676","from":{"id":"29:ada"},"conversation":{"id":"19:c@thread.tacv2"},
             "reactionsAdded":[{"type":"like"}],"reactionsRemoved":[{"type":"heart"}]}
            """);

        var reaction = TeamsInbound.ReadReaction(activity);

        Assert.Equal(TeamsActivityKind.Reaction, TeamsInbound.KindOf(activity));
        Assert.Equal("1795569061676", reaction?.MessageId);
        Assert.Equal(["like"], reaction?.Added);
        Assert.Equal(["heart"], reaction?.Removed);
    }

    [Fact]
    public void ReadMessageAction_DocsMessageActionOnAThreadReply_GivesTheMessageAsText()
    {
        var activity = TeamsFixture.Activity("docs/messageaction_fetchtask_channel_reply.json");

        var action = TeamsInbound.ReadMessageAction(activity);

        Assert.Equal(TeamsActivityKind.OtherInvoke, TeamsInbound.KindOf(activity));
        Assert.NotNull(action);
        Assert.Equal("TEst", action.CommandId);
        Assert.Equal("1611060744833", action.MessageId);
        Assert.Equal("Testing outgoing Webhook-Nikitha - Hi", action.Text);
        Assert.Equal(("b130c271-d2eb-45f9-83ab-9eb3fe3788bc", "Olo Brockhouse"), (action.AuthorId, action.AuthorName));
        Assert.Equal(new DateTimeOffset(2021, 1, 19, 12, 52, 24, 833, TimeSpan.Zero), action.WrittenAt);
        Assert.Equal("https://teams.microsoft.com/l/message/19:6decf54d86d945e4b3924b63a9161a78@thread.skype/1611060744833", action.Link?.OriginalString);
        Assert.Equal("19:6decf54d86d945e4b3924b63a9161a78@thread.skype;messageid=1611060744833", action.ConversationId);
    }

    [Fact]
    public void ReadMessageAction_FromTheComposeBox_IsNoMessageAction()
    {
        var json = TeamsFixture.Json("docs/messageaction_fetchtask_channel_reply.json");
        json["value"]!["commandContext"] = "compose";

        Assert.Null(TeamsInbound.ReadMessageAction(TeamsActivityReader.Read(json.ToJsonString())));
        Assert.Null(TeamsInbound.ReadMessageAction(TeamsFixture.Activity("playground/inbound_invoke_adaptivecard_action_execute.json")));
    }

    [Theory]
    [InlineData("<p>db&nbsp;is <b>down</b></p><p>since 10:02 &amp; rising</p>", "db is down\nsince 10:02 & rising")]
    [InlineData("line one<br/>line two<br>", "line one\nline two")]
    [InlineData("plain &lt;at&gt;x&lt;/at&gt;", "plain <at>x</at>")]
    public void ToText_TeamsHtml_IsTheTextShown(string html, string text)
    {
        Assert.Equal(text, TeamsHtml.ToText(html));
    }

    [Fact]
    public void Readers_ActivityWithoutSender_GiveNothing()
    {
        var activity = TeamsFixture.Activity("playground/inbound_invoke_adaptivecard_action_execute.json") with { From = null };

        Assert.Null(TeamsInbound.ReadCardPress(activity));
        Assert.Null(TeamsInbound.ReadCommand(activity with { Type = "message", Value = null, Text = "ack" }));
    }
}

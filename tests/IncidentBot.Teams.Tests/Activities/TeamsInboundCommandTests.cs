using IncidentBot.Teams.Activities;

namespace IncidentBot.Teams.Tests.Activities;

public sealed class TeamsInboundCommandTests
{
    [Fact]
    public void ReadCommand_PersonalChat_PlainTextIsTheCommandWithoutSlashIncident()
    {
        var activity = TeamsFixture.Activity("playground/inbound_message_personal.json");

        var command = TeamsInbound.ReadCommand(activity);

        Assert.NotNull(command);
        Assert.Equal("new db is down", command.Text);
        Assert.Equal("user-id-0", command.From.Id);
        Assert.Equal("7a61c586-ca2b-443c-b37a-5fd32d9df1af", command.ConversationId);
        Assert.Empty(command.Mentions);
    }

    [Fact]
    public void ReadCommand_PlaygroundChannelMention_StripsTheBotsMention()
    {
        var command = TeamsInbound.ReadCommand(TeamsFixture.Activity("playground/inbound_message_channel_mention.json"));

        Assert.Equal("ack INC-42", command?.Text);
    }

    [Fact]
    public void ReadCommand_RealTeamsThreadReply_StripsTheBotsMention()
    {
        var command = TeamsInbound.ReadCommand(TeamsFixture.Activity("real/teams_channel_message_with_mention.json"));

        Assert.Equal("reply to thread", command?.Text);
        Assert.Equal("29:17bUvCasIPKfQIXHvNzcPjD86fwm6GkWc1PvCGP2-NSkNb7AyGYpjQ7Xw-XgTwaHW5JxZ4KMNDxn1kcL8fwX1Nw", command?.From.Id);
    }

    [Fact]
    public void ReadCommand_ChannelMessageNotMentioningTheBot_IsNoCommand()
    {
        var json = TeamsFixture.Json("playground/inbound_message_channel_mention.json")["body"]!;
        json["text"] = "ack INC-42";
        json["entities"]!.AsArray().RemoveAt(0);

        Assert.Null(TeamsInbound.ReadCommand(TeamsActivityReader.Read(json.ToJsonString())));
    }

    [Fact]
    public void ReadCommand_SomeoneElseNamedLikeTheBot_IsNoCommand()
    {
        var json = TeamsFixture.Json("playground/inbound_message_channel_mention.json")["body"]!;
        json["entities"]![0]!["mentioned"]!["id"] = "29:impostor";

        var activity = TeamsActivityReader.Read(json.ToJsonString());

        Assert.Null(TeamsInbound.ReadCommand(activity));
    }

    [Fact]
    public void ReadCommand_DocsMessageMentioningSomeoneElse_IsNoCommandButReadsTheMention()
    {
        var activity = TeamsFixture.Activity("docs/channel_message_with_mention.json");

        var (text, mentionsBot, mentions) = TeamsCommandText.Read(activity.Text!, activity.EntitiesOrEmpty, id => id == activity.Recipient!.Id);

        Assert.Null(TeamsInbound.ReadCommand(activity));
        Assert.False(mentionsBot);
        Assert.Equal([new TeamsMention("29:08q2j2o3jc09au90eucae", "Pranav Smith")], mentions);
        Assert.Equal("Hey <@29:08q2j2o3jc09au90eucae|Pranav Smith> check out this message", text);
    }

    [Fact]
    public void ReadCommand_LeadMentioningAPerson_GivesTheCommandAndThePerson()
    {
        var activity = Message(
            "<at>IncidentBot</at>&nbsp;lead  <at>Ada Lovelace</at>",
            Mention("28:bot-app-id", "IncidentBot"),
            Mention("29:ada", "Ada Lovelace"));

        var command = TeamsInbound.ReadCommand(activity);

        Assert.Equal("lead <@29:ada|Ada Lovelace>", command?.Text);
        Assert.Equal([new TeamsMention("29:ada", "Ada Lovelace")], command?.Mentions);
    }

    [Fact]
    public void ReadCommand_BotMentionedByAppIdNotRecipient_IsACommandWhenTheAppIdIsGiven()
    {
        var activity = Message("<at>Bot</at> page <at>Ada</at>", Mention("28:app", "Bot"), Mention("29:ada", "Ada")) with
        {
            Recipient = new TeamsAccount { Id = "28:other" },
        };

        Assert.Null(TeamsInbound.ReadCommand(activity));
        Assert.Equal("page <@29:ada|Ada>", TeamsInbound.ReadCommand(activity, "app")?.Text);
    }

    [Fact]
    public void ReadCommand_NoteWithEntitiesAndLines_DecodesAndKeepsTheLines()
    {
        var activity = Message("<at>IncidentBot</at> note  db &amp; cache  &lt;b&gt;down&lt;/b&gt;\r\n  second   line ", Mention("28:bot-app-id", "IncidentBot"));

        Assert.Equal("note db & cache <b>down</b>\nsecond line", TeamsInbound.ReadCommand(activity)?.Text);
    }

    [Fact]
    public void ReadCommand_TypedAtTagWithoutEntity_IsTextNotAMention()
    {
        var activity = Message("<at>IncidentBot</at> note ask <at>Ada</at>", Mention("28:bot-app-id", "IncidentBot"));

        var command = TeamsInbound.ReadCommand(activity);

        Assert.Equal("note ask Ada", command?.Text);
        Assert.Empty(command!.Mentions);
    }

    [Fact]
    public void ReadCommand_CardSubmitMessage_IsNoCommand()
    {
        Assert.Null(TeamsInbound.ReadCommand(TeamsFixture.Activity("playground/inbound_message_action_submit_value.json")));
    }

    private static TeamsEntity Mention(string id, string name) =>
        new() { Type = "mention", Text = $"<at>{name}</at>", Mentioned = new TeamsAccount { Id = id, Name = name } };

    private static TeamsActivity Message(string text, params TeamsEntity[] entities) => new()
    {
        Type = "message",
        Text = text,
        From = new TeamsAccount { Id = "29:grace", Name = "Grace" },
        Recipient = new TeamsAccount { Id = "28:bot-app-id", Name = "IncidentBot" },
        Conversation = new TeamsConversation { Id = "19:c@thread.tacv2;messageid=1", ConversationType = "channel", IsGroup = true },
        Entities = entities,
    };
}

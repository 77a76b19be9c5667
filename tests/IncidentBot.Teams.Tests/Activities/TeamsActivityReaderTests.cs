using IncidentBot.Teams.Activities;

namespace IncidentBot.Teams.Tests.Activities;

public sealed class TeamsActivityReaderTests
{
    [Fact]
    public void Read_RealChannelMessage_ReadsTheFieldsTheBotUses()
    {
        var activity = TeamsFixture.Activity("real/teams_channel_message_with_mention.json");

        Assert.Equal("message", activity.Type);
        Assert.Equal("1759944781430", activity.Id);
        Assert.Equal(new DateTimeOffset(2025, 10, 8, 17, 33, 1, TimeSpan.Zero).AddTicks(4953744), activity.Timestamp);
        Assert.Equal("https://smba.trafficmanager.net/amer/50612dbb-0237-4969-b378-8d42590f9c00/", activity.ServiceUrl);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("b15a9416-0ad3-4172-9210-7beb711d3f70", activity.From!.AadObjectId);
        Assert.Equal("rido", activity.From.Name);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856", activity.Conversation!.Id);
        Assert.Equal("channel", activity.Conversation.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("50612dbb-0237-4969-b378-8d42590f9c00", activity.Conversation.TenantId);
        Assert.Equal("28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8", activity.Recipient!.Id);
        Assert.Equal("19:66P469zibfbsGI-_a0aN_toLTZpyzS6u7CT3TsXdgPw1@thread.tacv2", activity.ChannelData!.Team!.Id);
        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2", activity.ChannelData.Channel!.Id);
        Assert.Equal("50612dbb-0237-4969-b378-8d42590f9c00", activity.ChannelData.Tenant!.Id);
        Assert.Equal(["mention", "clientInfo"], activity.EntitiesOrEmpty.Select(e => e.Type));
    }

    [Fact]
    public void Read_MessageWithEveryProperty_IgnoresWhatTheBotDoesNotUse()
    {
        var activity = TeamsFixture.Activity("real/teams_message_with_all_props.json");

        Assert.Equal("Hello World", activity.Text);
        Assert.Equal("conversation-123", activity.Conversation!.Id);
        Assert.Equal(new DateTimeOffset(2026, 1, 21, 12, 0, 0, TimeSpan.Zero), activity.Timestamp);
        Assert.False(activity.IsPersonal);
    }

    [Theory]
    [InlineData("real/outbound_adaptive_card_with_mentions.json", "f:a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7")]
    [InlineData("real/outbound_suggested_actions.json", "f7e8d9c0-b1a2-4536-9271-a8b9c0d1e2f3")]
    public void Read_BotMessagesWithCardsAndSuggestedActions_AreToleratedAsActivities(string path, string replyToId)
    {
        var activity = TeamsFixture.Activity(path);

        Assert.Equal("message", activity.Type);
        Assert.Equal(replyToId, activity.ReplyToId);
    }

    [Fact]
    public void Read_PlaygroundReplyExchange_ReadsTheReplySent()
    {
        var exchange = TeamsFixture.Json("playground/outbound_reply_to_activity_exchange.json");

        var reply = TeamsActivityReader.Read(exchange["sent"]!.ToJsonString());

        Assert.Equal("echo: /incident new db is down", reply.Text);
        Assert.Equal("2be17060-0858-41b4-b8a0-779e093fad32", reply.ReplyToId);
    }

    [Theory]
    [InlineData("create_conversation_channel_thread", "INC-43 declared: api latency SEV2")]
    [InlineData("update_activity", "INC-43 (resolved)")]
    [InlineData("send_to_conversation_thread", "timeline: mitigated")]
    [InlineData("error_unknown_conversation", "x")]
    public void Read_ActivitiesSentToThePlaygroundConnector_ReadTheirText(string exchange, string text)
    {
        var body = TeamsFixture.Json("playground/connector_exchanges_observed.json")[exchange]!["request"]!["body"]!;

        var activity = TeamsActivityReader.Read((body["activity"] ?? body).ToJsonString());

        Assert.Equal(text, activity.Text);
    }

    [Theory]
    [InlineData("docs/create_conversation_personal_request.json")]
    [InlineData("docs/create_conversation_personal_response.json")]
    public void Read_ConnectorBodiesThatAreNotActivities_AreRefusedForLackingAType(string path)
    {
        var error = Assert.Throws<TeamsActivityFormatException>(() => TeamsActivityReader.Read(TeamsFixture.Text(path)));

        Assert.Contains("type", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":7}}", "$.from.id")]
    [InlineData("{\"type\":\"message\",\"entities\":{}}", "$.entities")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}", "$.timestamp")]
    public void Read_FieldOfTheWrongKind_SaysWhere(string json, string path)
    {
        var error = Assert.Throws<TeamsActivityFormatException>(() => TeamsActivityReader.Read(json));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"text\":\"hi\"}")]
    public void Read_NotAnActivity_Throws(string json)
    {
        Assert.Throws<TeamsActivityFormatException>(() => TeamsActivityReader.Read(json));
    }

    [Fact]
    public void Read_UnknownFieldsAnywhere_AreIgnored()
    {
        var activity = TeamsActivityReader.Read("""
            {"type":"message","text":"ack","brandNew":{"deep":[1,2]},"from":{"id":"29:a","role":"user","x":null},
             "channelData":{"eventType":"editMessage","onBehalfOf":[]}}
            """);

        Assert.Equal("ack", activity.Text);
        Assert.Equal("29:a", activity.From!.Id);
        Assert.Equal("editMessage", activity.ChannelData!.EventType);
    }

    [Fact]
    public void Read_PlaygroundInboundActivities_AreAllAddressedToThePlaygroundsBot()
    {
        var bot = TeamsFixture.Json("playground/playground_internal_config.json")["config"]!["bot"]!["id"]!.GetValue<string>();
        string[] inbound =
        [
            "playground/inbound_message_personal.json", "playground/inbound_message_channel_mention.json",
            "playground/inbound_invoke_adaptivecard_action_execute.json", "playground/inbound_message_action_submit_value.json",
            "playground/inbound_installationupdate_add_team.json", "playground/inbound_conversationupdate_bot_added_team.json",
        ];

        Assert.All(inbound, path => Assert.Equal(bot, TeamsFixture.Activity(path).Recipient!.Id));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

using IncidentBot.Teams.Connector;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>The answers real connectors gave (Microsoft's docs, the Agents Playground) read into the client's types.</summary>
public sealed class ConnectorAnswerTests
{
    [Fact]
    public void CreatePersonalConversationAnswer_FromTheDocs_GivesTheChatId()
    {
        var answer = JsonSerializer.Deserialize(Fixture("create_conversation_personal_response.json"), ConnectorJson.Default.ConversationResource);

        Assert.StartsWith("a:1qhNLqpUtmuI6U35gzjsJn7uRnCkW8NiZALHfN8AMxdbprS1uta2aT", answer?.Id);
        Assert.Null(answer?.ActivityId);
    }

    [Fact]
    public void CreateChannelThreadAnswer_FromThePlayground_GivesTheThreadAndFirstMessage()
    {
        var exchange = JsonNode.Parse(Fixture("connector_exchanges_observed.json"))!["create_conversation_channel_thread"]!["response"]!["body"]!;

        var answer = exchange.Deserialize(ConnectorJson.Default.ConversationResource);

        Assert.Equal(("channel-announcements-id;messageid=1795569074758", "1795569074758"), (answer?.Id, answer?.ActivityId));
    }

    [Fact]
    public void SendAnswer_FromThePlayground_GivesTheActivityId()
    {
        var exchange = JsonNode.Parse(Fixture("connector_exchanges_observed.json"))!["send_to_conversation_thread"]!["response"]!["body"]!;

        Assert.Equal("1795569081994", exchange.Deserialize(ConnectorJson.Default.ResourceResponse)?.Id);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Connector", name));
}

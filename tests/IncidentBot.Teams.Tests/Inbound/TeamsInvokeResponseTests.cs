using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Inbound;

namespace IncidentBot.Teams.Tests.Inbound;

/// <summary>
/// The answer to a card press (<c>adaptiveCard/action</c>) is the documented message body
/// (Fixtures/Connector/invoke_response_examples.json, <c>message</c>). The bot never answers with the fixture's
/// <c>replace_card</c> (it replaces the card with an update, for everyone, not only for the person who pressed) nor
/// with its <c>error</c> (an unknown button is told in words, which Teams shows; an error body shows a generic failure).
/// </summary>
public sealed class TeamsInvokeResponseTests
{
    [Fact]
    public void Message_IsTheDocumentedMessageBody()
    {
        var documented = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Connector", "invoke_response_examples.json")))!["message"]!;

        var answer = JsonSerializer.SerializeToNode(TeamsInvokeResponse.Message((string)documented["value"]!));

        Assert.True(JsonNode.DeepEquals(documented, answer), answer!.ToJsonString());
    }
}

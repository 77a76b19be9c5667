using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Teams.Testing.Connector;

namespace IncidentBot.Teams.Tests.Connector;

/// <summary>
/// The token exchange as Microsoft documents it (Fixtures/Connector/token_request.http.txt and
/// token_response_example.json): the bot asks in that form, and the fake endpoint the other tests trust answers in
/// that shape.
/// </summary>
public sealed class DocumentedTokenExchangeTests : ConnectorTestBase
{
    [Fact]
    public async Task GetToken_AsksWithTheDocumentedFormAtTheTenantsTokenEndpoint()
    {
        var (path, documented) = DocumentedRequest();

        await Harness.BotTokens.GetTokenAsync();

        var sent = Assert.Single(Harness.Tokens.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", path);
        Assert.Equal(documented["grant_type"], sent["grant_type"]);
        Assert.Equal(documented["scope"], sent["scope"]);
        Assert.Equal(FakeTeamsTokenEndpoint.AppId, sent["client_id"]);
        Assert.Equal(FakeTeamsTokenEndpoint.AppPassword, sent["client_secret"]);
        Assert.Subset(sent.Keys.ToHashSet(StringComparer.Ordinal), documented.Keys.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FakeTokenEndpoint_AnswersWithTheDocumentedFields()
    {
        var documented = JsonNode.Parse(Fixture("token_response_example.json"))!.AsObject();
        using var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } };
        using var http = new HttpClient(handler);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = FakeTeamsTokenEndpoint.AppId,
            ["client_secret"] = FakeTeamsTokenEndpoint.AppPassword,
            ["scope"] = "https://api.botframework.com/.default",
        });

        using var response = await http.PostAsync(new Uri(Harness.Tokens.LoginUrl, $"{FakeTeamsTokenEndpoint.TenantId}/oauth2/v2.0/token"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(Shape(documented), Shape(answer));
        Assert.Equal((string?)documented["token_type"], (string?)answer["token_type"]);
    }

    /// <summary>Each field's name and JSON kind, in name order.</summary>
    private static IEnumerable<string> Shape(JsonObject body) =>
        body.Select(p => $"{p.Key}:{p.Value!.GetValueKind()}").Order(StringComparer.Ordinal).ToList();

    /// <summary>The documented request's path and its form (the line after the headers), comments left out.</summary>
    private static (string Path, Dictionary<string, string> Form) DocumentedRequest()
    {
        var lines = Fixture("token_request.http.txt").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var path = new Uri(lines[0].Split(' ')[1]).AbsolutePath;
        var form = lines.Last().Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
        return (path, form);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Connector", name));
}

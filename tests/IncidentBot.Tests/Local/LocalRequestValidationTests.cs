using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Local;

/// <summary>A request to <c>/local/*</c> the bot cannot take is answered 400 with an error naming what is wrong.</summary>
public sealed class LocalRequestValidationTests : IAsyncDisposable
{
    private readonly BotFactory _factory = new();

    [Theory]
    [InlineData("/local/say", "", "body is empty")]
    [InlineData("/local/say", "{not json", "not the JSON")]
    [InlineData("/local/say", "[1,2]", "not the JSON")]
    [InlineData("/local/say", "null", "body is null")]
    [InlineData("/local/say", """{"text":"hello"}""", "'as'")]
    [InlineData("/local/say", """{"as":"nobody","text":"hello"}""", "'nobody' is none")]
    [InlineData("/local/say", """{"as":"ada"}""", "'text'")]
    [InlineData("/local/say", """{"as":"ada","text":42}""", "not the JSON")]
    [InlineData("/local/press", """{"as":"ada"}""", "'button'")]
    [InlineData("/local/press", """{"as":"ada","button":"confirm","message":"1"}""", "'channel'")]
    [InlineData("/local/react", """{"as":"ada","channel":"incidents","message":"1"}""", "'emoji'")]
    [InlineData("/local/react", """{"as":"ada","channel":"incidents","emoji":"📌"}""", "'message'")]
    public async Task Post_BadBody_Answers400NamingWhatIsWrong(string path, string body, string named)
    {
        using var response = await new LocalApi(_factory.CreateClient()).PostRawAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_TextLongerThanAMessageCanBe_Answers400()
    {
        using var response = await new LocalApi(_factory.CreateClient()).PostAsync("/local/say", new { @as = "ada", text = new string('x', 40_001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'text' is at most 40000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/local/channels?as=nobody")]
    [InlineData("/local/incidents?as=nobody")]
    public async Task Get_AsNobodyConfigured_Answers400(string path)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", BotFactory.ApiToken);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'as' must name a configured person (ada, kofi, foster)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_AnotherPersonsDirectMessages_IsNotFound()
    {
        var api = new LocalApi(_factory.CreateClient());
        await api.OkAsync("/local/say", new { @as = "ada", text = "/incident declare Checkout down" });
        await Eventually.ReachedAsync(() => api.GetAsync("/local/channels?as=ada"), c => c.EnumerateArray().Any(x => x.GetProperty("name").GetString() == "dm-ada"), "Ada's page");

        using var response = await api.PostAsync("/local/press", new { @as = "kofi", channel = "dm-ada", message = "1", button = "acknowledge" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain((await api.GetAsync("/local/channels?as=kofi")).EnumerateArray(), c => c.GetProperty("name").GetString() == "dm-ada");
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}

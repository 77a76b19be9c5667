using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Rollbacks;

/// <summary>A change the bot cannot store as sent is refused with 400 and a reason, never a 500.</summary>
public sealed class ChangeValidationTests : BotClientTest
{
    [Theory]
    [InlineData("""{"service": "api", "version": "2.0", "description": "hotfix \ud800"}""")]
    [InlineData("""{"service": "api", "version": "2.0", "at": "0001-01-01T00:00:00+01:00"}""")]
    [InlineData("""{"service": "api", "version": "2.0", "at": "0001-01-01T00:00:00Z"}""")]
    public async Task PostChange_TextOrTimeNoChangeCanHave_400(string body)
    {
        var response = await SendAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostChange_InvalidUtf8_400()
    {
        var body = Encoding.UTF8.GetBytes("""{"service": "api", "version": "2.0", "by": "k##"}""");
        var hashes = Array.IndexOf(body, (byte)'#');
        (body[hashes], body[hashes + 1]) = (0xC3, 0x28);

        var response = await SendAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/changes") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ChangesToken);
        return await Client.SendAsync(request);
    }
}

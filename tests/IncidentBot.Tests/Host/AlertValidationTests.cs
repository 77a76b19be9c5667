using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace IncidentBot.Tests.Host;

/// <summary>A delivery with one bad alert is refused whole, with 400 naming the alert, before anything is recorded.</summary>
public sealed class AlertValidationTests : BotClientTest
{
    [Fact]
    public async Task GenericBatch_SecondAlertStartsInYearOne_400NamingItAndNothingRecordedAlsoOnRetry()
    {
        var body = Encoding.UTF8.GetBytes($$"""
            {"alerts": [
              {"title": "API 5xx", "id": "api-5xx", "startsAt": "{{DateTimeOffset.UtcNow:O}}"},
              {"title": "Queue stuck", "id": "queue", "startsAt": "0001-01-01T00:00:00Z"}
            ]}
            """);

        foreach (var attempt in new[] { "first", "retry" })
        {
            var response = await SendAlertAsync("generic", body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await ErrorOf(response);
            Assert.Contains("alerts[1]", error, StringComparison.Ordinal);
            Assert.Contains("startsAt", error, StringComparison.Ordinal);
            Assert.False(await IncidentExistsAsync(1), $"an incident was opened on the {attempt} delivery");
        }
    }

    [Fact]
    public async Task AlertmanagerBatch_SecondAlertStartsInYearOne_400NamingItAndNothingRecorded()
    {
        var body = Encoding.UTF8.GetBytes($$"""
            {"version": "4", "groupKey": "{}:{alertname=\"API\"}", "status": "firing", "alerts": [
              {"status": "firing", "labels": {"alertname": "API5xx"}, "annotations": {}, "startsAt": "{{DateTimeOffset.UtcNow:O}}", "endsAt": "0001-01-01T00:00:00Z"},
              {"status": "firing", "labels": {"alertname": "Queue"}, "annotations": {}, "startsAt": "0001-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z"}
            ]}
            """);

        var response = await SendAlertAsync("alertmanager", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("alerts[1]: field 'startsAt'", await ErrorOf(response), StringComparison.Ordinal);
        Assert.False(await IncidentExistsAsync(1));
    }

    [Fact]
    public async Task GenericBatch_LoneSurrogateInALabel_400NamingTheAlertAndField()
    {
        var body = Encoding.UTF8.GetBytes($$"""
            {"alerts": [
              {"title": "API 5xx", "id": "api-5xx", "startsAt": "{{DateTimeOffset.UtcNow:O}}"},
              {"title": "Queue stuck", "id": "queue", "startsAt": "{{DateTimeOffset.UtcNow:O}}", "labels": {"region": "eu-\ud800"} }
            ]}
            """);

        var response = await SendAlertAsync("generic", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("alerts[1]: field 'labels.region' is not valid text", await ErrorOf(response), StringComparison.Ordinal);
        Assert.False(await IncidentExistsAsync(1));
    }

    [Fact]
    public async Task Generic_InvalidUtf8InTheTitle_400NamingTheField()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"title": "API 5xx ##", "id": "api-5xx", "startsAt": "{{DateTimeOffset.UtcNow:O}}"}""");
        var hashes = Array.IndexOf(body, (byte)'#');
        (body[hashes], body[hashes + 1]) = (0xC3, 0x28); // a two-byte sequence whose second byte is not a continuation

        var response = await SendAlertAsync("generic", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("title", await ErrorOf(response), StringComparison.Ordinal);
        Assert.False(await IncidentExistsAsync(1));
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString() ?? "";

    private async Task<HttpResponseMessage> SendAlertAsync(string source, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/alerts/{source}") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.AlertToken);
        return await Client.SendAsync(request);
    }

    private async Task<bool> IncidentExistsAsync(int number)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{number}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        using var response = await Client.SendAsync(request);
        return response.StatusCode != HttpStatusCode.NotFound;
    }
}

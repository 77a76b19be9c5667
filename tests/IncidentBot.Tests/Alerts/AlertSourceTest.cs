using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Alerts;

/// <summary>A fresh bot on the real host, with what every alert source's end-to-end tests send and read back.</summary>
public abstract class AlertSourceTest : BotClientTest
{
    /// <summary>Posts <paramref name="body"/> as JSON to <paramref name="path"/>; <paramref name="prepare"/> adds the source's credentials.</summary>
    protected Task<HttpResponseMessage> PostAsync(string path, byte[] body, Action<HttpRequestMessage>? prepare = null) => PostAsync(Client, path, body, prepare);

    protected static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, byte[] body, Action<HttpRequestMessage>? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        prepare?.Invoke(request);
        return await client.SendAsync(request);
    }

    protected static Action<HttpRequestMessage> Bearer(string token) =>
        request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

    /// <summary>A fixture of the test output's <c>Fixtures/alerts</c>, with one change applied.</summary>
    protected static byte[] Fixture(string name, Action<JsonObject>? change = null)
    {
        var bytes = TestPayloads.Bytes("Fixtures", "alerts", name);
        if (change is null)
        {
            return bytes;
        }

        var payload = JsonNode.Parse(bytes)!.AsObject();
        change(payload);
        return JsonSerializer.SerializeToUtf8Bytes(payload);
    }

    protected static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task<string> ErrorOf(HttpResponseMessage response) => (await JsonOf(response)).GetProperty("error").GetString() ?? "";

    protected static List<string?> Kinds(JsonElement incident) =>
        incident.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();

    protected async Task<List<JsonElement>> IncidentsAsync()
    {
        var response = await GetWithApiTokenAsync("/api/incidents");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    protected static async Task<List<JsonElement>> IncidentsAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotFactory.ApiToken);
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    /// <summary>Incident <paramref name="number"/> once <paramref name="condition"/> holds (jobs such as the page run in the background).</summary>
    protected Task<JsonElement> WaitForAsync(int number, Func<JsonElement, bool> condition) =>
        Eventually.ReachedAsync(
            async () =>
            {
                var response = await GetWithApiTokenAsync($"/api/incidents/{number}");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            },
            incident => incident.ValueKind == JsonValueKind.Object && condition(incident),
            $"incident {number} in the expected state");

    protected static int Opened(JsonElement answer) => answer.GetProperty("opened").EnumerateArray().Single().GetInt32();

    protected static int Updated(JsonElement answer) => answer.GetProperty("updated").EnumerateArray().Single().GetInt32();
}

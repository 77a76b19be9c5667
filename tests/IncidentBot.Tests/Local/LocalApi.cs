using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.Local;

/// <summary>The local workspace's HTTP API as the startup banner's commands use it: JSON with the API token.</summary>
internal sealed class LocalApi(HttpClient client)
{
    public Task<HttpResponseMessage> PostAsync(string path, object body, string token = BotFactory.ApiToken) =>
        SendAsync(HttpMethod.Post, path, JsonContent.Create(body), token);

    /// <summary>Posts <paramref name="body"/> as it is, for the bodies a client gets wrong.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, string body) =>
        SendAsync(HttpMethod.Post, path, new StringContent(body, Encoding.UTF8, "application/json"), BotFactory.ApiToken);

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, BotFactory.ApiToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    /// <summary>POSTs and asserts 2xx; the answer's JSON.</summary>
    public async Task<JsonElement> OkAsync(string path, object body, string token = BotFactory.ApiToken)
    {
        using var response = await PostAsync(path, body, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The channel as <paramref name="person"/> sees it, or everyone when null.</summary>
    public Task<JsonElement> ChannelAsync(string name, string? person) =>
        GetAsync($"/local/{Uri.EscapeDataString(name)}{(person is null ? "" : $"?as={person}")}");

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string token)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// The one way to the Slack Web API (<see href="https://docs.slack.dev/apis/web-api/"/>): POSTs a method's
/// arguments to <c>{ApiBaseUrl}{method}</c> with the token in the <c>Authorization</c> header, reads
/// <c>{"ok": …}</c> and turns <c>ok:false</c> into <see cref="SlackApiException"/>. Retries (5xx, timeouts,
/// HTTP 429 after <c>Retry-After</c>) happen in the HttpClient's resilience pipeline
/// (<see cref="SlackApiResilience"/>); a 429 still standing after them becomes
/// <see cref="SlackRateLimitedException"/>, other HTTP failures surface as <see cref="HttpRequestException"/>.
/// </summary>
public sealed class SlackApiTransport(HttpClient httpClient, IOptions<SlackOptions> options, TimeProvider timeProvider)
{
    /// <summary>Assumed when a 429 comes without a usable <c>Retry-After</c> header.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary>Calls <paramref name="method"/>; null arguments are left out. Returns the whole <c>ok:true</c> body.</summary>
    public async Task<JsonObject> CallAsync(SlackMethod method, JsonObject arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(arguments);
        using var request = new HttpRequestMessage(HttpMethod.Post, method.Name)
        {
            Content = method.Encoding == SlackBodyEncoding.Json ? JsonBody(arguments) : FormBody(arguments),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(method));
        request.Options.Set(SlackApiResilience.NotRepeatable, !method.Repeatable);
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(method.Name, response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a file's bytes to an <c>upload_url</c> from <c>files.getUploadURLExternal</c>. The address is
    /// pre-signed, so no token goes with it.
    /// </summary>
    public async Task UploadAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ReadOnlyMemoryContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The HttpClient base address for <see cref="SlackOptions.ApiBaseUrl"/>: always ending in '/', so method names append.</summary>
    public static Uri BaseAddressFor(Uri apiBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        return apiBaseUrl.AbsoluteUri.EndsWith('/') ? apiBaseUrl : new Uri(apiBaseUrl.AbsoluteUri + "/");
    }

    private string TokenFor(SlackMethod method) => method.Token switch
    {
        SlackTokenKind.App => options.Value.AppToken is { Length: > 0 } app
            ? app
            : throw new InvalidOperationException($"Slack:AppToken is not configured; {method.Name} needs an app-level token (xapp-…)."),
        _ => options.Value.BotToken is { Length: > 0 } bot
            ? bot
            : throw new InvalidOperationException($"Slack:BotToken is not configured; {method.Name} needs the bot token (xoxb-…)."),
    };

    private async Task<JsonObject> ReadAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var body = TryParse(text);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new SlackRateLimitedException(method, RetryAfterOf(response), Error(body) ?? "ratelimited", body);
        }

        response.EnsureSuccessStatusCode();
        if (body?["ok"] is not JsonValue ok || ok.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new HttpRequestException($"Slack {method} answered HTTP {(int)response.StatusCode} without a Web API response.");
        }

        if (!ok.GetValue<bool>())
        {
            throw new SlackApiException(method, Error(body) ?? "unknown_error", MessagesOf(body), body);
        }

        return body;
    }

    private TimeSpan RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > timeProvider.GetUtcNow() => date - timeProvider.GetUtcNow(),
        _ => DefaultRetryAfter,
    };

    private static string? Error(JsonObject? body) => body?["error"] is JsonValue error && error.TryGetValue(out string? code) ? code : null;

    private static List<string> MessagesOf(JsonObject? body) =>
        body?["response_metadata"]?["messages"] is JsonArray messages
            ? [.. messages.Select(m => m is JsonValue v && v.TryGetValue(out string? s) ? s : m?.ToJsonString() ?? "")]
            : [];

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static StringContent JsonBody(JsonObject arguments)
    {
        var present = new JsonObject();
        foreach (var (name, value) in arguments.Where(a => a.Value is not null))
        {
            present[name] = value!.DeepClone();
        }

        return new StringContent(present.ToJsonString(), Encoding.UTF8, "application/json");
    }

    private static FormUrlEncodedContent FormBody(JsonObject arguments) =>
        new(arguments.Where(a => a.Value is not null).Select(a => KeyValuePair.Create(a.Key, FormValue(a.Value!))));

    private static string FormValue(JsonNode value) =>
        value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : value.ToJsonString();
}

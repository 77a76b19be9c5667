using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using IncidentBot.Teams.Calls;
using IncidentBot.Teams.Connector;

using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace IncidentBot.Teams.Graph;

/// <summary>
/// The two Microsoft Graph calls the bot makes, under <see cref="TeamsOptions.GraphUrl"/>: create a standard channel in
/// a team (<see href="https://learn.microsoft.com/graph/api/channel-post"/>) and find one by its name
/// (<see href="https://learn.microsoft.com/graph/api/channel-list"/>), with the app's Graph token
/// (<see cref="GraphTokens"/>; a 401 gets one fresh token and one more try). Plain HttpClient and System.Text.Json
/// rather than the Microsoft.Graph SDK: two calls do not need its many megabytes, and its own retry handler would
/// retry under the pipeline this client already has (<see cref="BotConnectorResilience"/>: 429 with
/// <c>Retry-After</c>, 503, 504 and connections never made, within a call). What is left becomes a
/// <see cref="GraphTransientException"/> (try later) or a <see cref="GraphException"/>.
/// </summary>
public sealed class GraphClient(HttpClient httpClient, GraphTokens tokens, IOptions<TeamsOptions> options, TimeProvider timeProvider)
{
    /// <summary>Assumed when a 429 comes without a usable <c>Retry-After</c>.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Creates a standard channel named <paramref name="displayName"/> in the team whose group id is
    /// <paramref name="teamId"/>. Needs the team's consent to <c>Channel.Create.Group</c>. A name in use fails with
    /// <see cref="GraphException.NameTaken"/>. Not retried after an answer that may have been lost: look for the
    /// channel (<see cref="FindChannelAsync"/>) before creating it again.
    /// </summary>
    public async Task<GraphChannel> CreateChannelAsync(string teamId, string displayName, string description, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        ArgumentException.ThrowIfNullOrEmpty(displayName);
        ArgumentNullException.ThrowIfNull(description);
        var body = JsonSerializer.Serialize(new GraphNewChannel(displayName, description), GraphJson.Default.GraphNewChannel);
        var created = await SendAsync("CreateChannel", HttpMethod.Post, ChannelsOf(teamId), body, GraphJson.Default.GraphChannel, cancellationToken)
            .ConfigureAwait(false);
        return created is { Id.Length: > 0 }
            ? created
            : throw new GraphException("CreateChannel", null, "InvalidResponse", "Graph created a channel but sent no id.");
    }

    /// <summary>The team's channel named <paramref name="displayName"/>, if there is one (needs <c>ChannelSettings.Read.Group</c> or more).</summary>
    public async Task<GraphChannel?> FindChannelAsync(string teamId, string displayName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        ArgumentException.ThrowIfNullOrEmpty(displayName);
        var filter = Uri.EscapeDataString($"displayName eq '{displayName.Replace("'", "''", StringComparison.Ordinal)}'");
        var list = await SendAsync("ListChannels", HttpMethod.Get, $"{ChannelsOf(teamId)}?$filter={filter}", null, GraphJson.Default.GraphChannelList, cancellationToken)
            .ConfigureAwait(false);
        return list?.Value?.FirstOrDefault(c => string.Equals(c.DisplayName, displayName, StringComparison.OrdinalIgnoreCase));
    }

    private static string ChannelsOf(string teamId) => $"teams/{Uri.EscapeDataString(teamId)}/channels";

    private async Task<TAnswer?> SendAsync<TAnswer>(
        string operation, HttpMethod method, string relative, string? json, JsonTypeInfo<TAnswer> answer, CancellationToken cancellationToken)
    {
        var address = new Uri(options.Value.GraphUrl.AbsoluteUri.TrimEnd('/') + "/" + relative);
        var repeatable = method == HttpMethod.Get;
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(operation, method, address, json, token, repeatable, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            token = await tokens.GetTokenAsync(rejected: token, cancellationToken).ConfigureAwait(false);
            response = await SendOnceAsync(operation, method, address, json, token, repeatable, cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw FailureOf(operation, response, text);
            }

            try
            {
                return string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize(text, answer);
            }
            catch (JsonException e)
            {
                throw new GraphException(operation, (int)response.StatusCode, "InvalidResponse", "Graph answered with a body that is not the expected JSON.", e);
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(
        string operation, HttpMethod method, Uri address, string? json, string token, bool repeatable, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, address);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Options.Set(BotConnectorResilience.NotRepeatable, !repeatable);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        try
        {
            return await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new GraphTransientException(operation, null, e.HttpRequestError.ToString(), $"Microsoft Graph could not be reached: {e.Message}", innerException: e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new GraphTransientException(operation, null, "Timeout", "Microsoft Graph did not answer in time.", innerException: e);
        }
    }

    private GraphException FailureOf(string operation, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        var (code, message) = MicrosoftErrorAnswer.Read(text);
        message ??= response.ReasonPhrase ?? "no reason given";
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new GraphTransientException(operation, status, code, message, MicrosoftErrorAnswer.RetryAfter(response, timeProvider) ?? DefaultRetryAfter),
            HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => new GraphTransientException(operation, status, code, message, MicrosoftErrorAnswer.RetryAfter(response, timeProvider)),
            _ => new GraphException(operation, status, code, message),
        };
    }
}

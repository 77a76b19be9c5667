using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using IncidentBot.Teams.Calls;

using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// The one way to the Bot Connector: sends a request to <c>{serviceUrl}/v3/…</c> (the service URL differs by region
/// and comes with each conversation, with or without a trailing '/'), with the bearer token from
/// <see cref="BotConnectorTokens"/>. A 401 gets one fresh token and one more try. Retries of transient answers
/// happen in the HttpClient's pipeline (<see cref="BotConnectorResilience"/>); what is left becomes a
/// <see cref="BotConnectorException"/> (or one of its subclasses), never a bare HTTP error.
/// <para>
/// Under <see cref="TeamsOptions.AllowUnauthenticatedLocalClient"/> a service URL on this machine (the Agents
/// Playground's mock connector) is called without a token, and none is fetched: the bot's real token never goes to a
/// local process, and the Playground needs no Microsoft account. Any other address gets a token or no call at all.
/// </para>
/// </summary>
public sealed class BotConnectorTransport(HttpClient httpClient, BotConnectorTokens tokens, IOptions<TeamsOptions> options, TimeProvider timeProvider)
{
    /// <summary>Assumed when a 429 comes without a usable <c>Retry-After</c>.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary><paramref name="relative"/> (no leading '/') under <paramref name="serviceUrl"/>, which may or may not end in '/'.</summary>
    public static Uri AddressOf(Uri serviceUrl, string relative)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(relative);
        if (!serviceUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"The service URL must be absolute: {serviceUrl}", nameof(serviceUrl));
        }

        return new Uri(serviceUrl.AbsoluteUri.TrimEnd('/') + "/" + relative.TrimStart('/'));
    }

    /// <summary>Sends one call with <paramref name="body"/> and returns its answer's body parsed as <paramref name="answer"/>, or default for an empty body.</summary>
    internal async Task<TAnswer?> SendAsync<TBody, TAnswer>(
        BotConnectorCall call, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TAnswer> answer, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(call, JsonSerializer.Serialize(body, bodyType), cancellationToken).ConfigureAwait(false);
        return await ReadAsync(call, response, answer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one call without a body and returns its answer's body parsed as <paramref name="answer"/>.</summary>
    internal async Task<TAnswer?> GetAsync<TAnswer>(BotConnectorCall call, JsonTypeInfo<TAnswer> answer, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(call, null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(call, response, answer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one call without a body to read back.</summary>
    internal async Task SendAsync(BotConnectorCall call, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(call, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<TAnswer?> ReadAsync<TAnswer>(
        BotConnectorCall call, HttpResponseMessage response, JsonTypeInfo<TAnswer> answer, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? default : JsonSerializer.Deserialize(text, answer);
        }
        catch (JsonException e)
        {
            throw new BotConnectorException(call.Operation, (int)response.StatusCode, "InvalidResponse", "Teams answered with a body that is not the expected JSON.", e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(BotConnectorCall call, string? json, CancellationToken cancellationToken)
    {
        var token = await TokenForAsync(call, cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(call, json, token, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
        {
            response.Dispose();
            token = await tokens.GetTokenAsync(rejected: token, cancellationToken).ConfigureAwait(false);
            response = await SendOnceAsync(call, json, token, cancellationToken).ConfigureAwait(false);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await FailureOfAsync(call, response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The bearer token for the call; null only for the Playground's connector on this machine.</summary>
    private async Task<string?> TokenForAsync(BotConnectorCall call, CancellationToken cancellationToken)
    {
        var teams = options.Value;
        if (teams.AllowUnauthenticatedLocalClient && LoopbackAddress.Is(call.ServiceUrl))
        {
            return null;
        }

        if (!teams.HasCredentials)
        {
            throw new BotConnectorException(
                call.Operation, null, "NoCredentials",
                $"Teams:AppId, Teams:AppPassword (or Teams:CertificatePath) and Teams:TenantId are needed to call {call.ServiceUrl.Host}; without them the bot talks only to the Agents Playground on this machine.");
        }

        return await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(BotConnectorCall call, string? json, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, AddressOf(call.ServiceUrl, call.Path));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Options.Set(BotConnectorResilience.NotRepeatable, !call.Repeatable);
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
            throw new BotConnectorTransientException(
                call.Operation, null, e.HttpRequestError.ToString(), $"Teams could not be reached: {e.Message}",
                outcomeUnknown: e.HttpRequestError != HttpRequestError.ConnectionError, innerException: e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new BotConnectorTransientException(call.Operation, null, "Timeout", "Teams did not answer in time.", outcomeUnknown: true, innerException: e);
        }
    }

    private async Task<BotConnectorException> FailureOfAsync(BotConnectorCall call, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var (code, message) = MicrosoftErrorAnswer.Read(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        message ??= response.ReasonPhrase ?? "no reason given";
        if (response.StatusCode == HttpStatusCode.Forbidden && UnreachableReason(code, message) is { } reason)
        {
            return new TeamsRecipientUnreachableException(call.Operation, reason, code, message);
        }

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new BotConnectorTransientException(call.Operation, status, code, message, MicrosoftErrorAnswer.RetryAfter(response, timeProvider) ?? DefaultRetryAfter),
            HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError =>
                new BotConnectorTransientException(call.Operation, status, code, message, MicrosoftErrorAnswer.RetryAfter(response, timeProvider)),
            _ => new BotConnectorException(call.Operation, status, code, message),
        };
    }

    /// <summary>
    /// 403s that mean a person cannot be written to 1:1. <c>MessageWritesBlocked</c> and
    /// <c>ConversationBlockedByUser</c>: they blocked the bot; "not part of the conversation roster"
    /// (<c>BotNotInConversationRoster</c>): the app is not installed for them.
    /// </summary>
    private static TeamsUnreachableReason? UnreachableReason(string? code, string message) => code switch
    {
        "MessageWritesBlocked" or "ConversationBlockedByUser" => TeamsUnreachableReason.Blocked,
        "BotNotInConversationRoster" => TeamsUnreachableReason.NotInstalled,
        _ when message.Contains("not part of the conversation roster", StringComparison.OrdinalIgnoreCase) => TeamsUnreachableReason.NotInstalled,
        _ => null,
    };
}

using System.Collections.Concurrent;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// The app registration's client-credentials tokens, one held per scope (the Bot Connector's through
/// <see cref="BotConnectorTokens"/>, Microsoft Graph's through <see cref="Graph.GraphTokens"/>), from one MSAL.NET
/// confidential client at <c>{LoginUrl}{TenantId}/oauth2/v2.0/token</c>
/// (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication"/>;
/// the tenant, not <c>botframework.com</c>, as single-tenant apps need). A token is kept until
/// <see cref="RefreshBefore"/> its expiry, judged on the injected clock; callers that need one of a scope at the same
/// time wait for one request. A token the service refused (401) is replaced once by whoever reports it first.
/// </summary>
public sealed partial class AppTokens(
    IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<AppTokens> logger) : IDisposable
{
    /// <summary>How long before its expiry a token is replaced: MSAL's own margin, so a call never carries one about to lapse.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly Lock _appGate = new();
    private IConfidentialClientApplication? _app;

    /// <summary>
    /// A token for <paramref name="scope"/> valid for a while yet, other than <paramref name="rejected"/> (one the
    /// service refused, replaced unless another caller already did); fetched only when the one held is missing,
    /// rejected or near its expiry.
    /// </summary>
    public async Task<string> GetTokenAsync(string scope, string? rejected = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        var held = _held.GetOrAdd(scope, _ => new Held());
        await held.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (held.Current is { } current && current.Token != rejected && timeProvider.GetUtcNow() < current.ExpiresOn - RefreshBefore)
            {
                return current.Token;
            }

            var result = await AcquireAsync(scope, forceRefresh: held.Current is not null, cancellationToken).ConfigureAwait(false);
            held.Current = (result.AccessToken, result.ExpiresOn);
            LogTokenAcquired(logger, scope, result.ExpiresOn);
            return result.AccessToken;
        }
        finally
        {
            held.Gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var held in _held.Values)
        {
            held.Gate.Dispose();
        }
    }

    private async Task<AuthenticationResult> AcquireAsync(string scope, bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            return await App().AcquireTokenForClient([scope]).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MsalServiceException e) when (e.IsRetryable || e.StatusCode is 0 or 408 or 429 or >= 500)
        {
            throw new BotConnectorTransientException("Token", e.StatusCode == 0 ? null : e.StatusCode, e.ErrorCode, e.Message, e.RetryAfter(), innerException: e);
        }
        catch (MsalServiceException e)
        {
            throw new BotConnectorException("Token", e.StatusCode, e.ErrorCode, e.Message, e);
        }
        catch (MsalClientException e) when (e.InnerException is HttpRequestException or TaskCanceledException)
        {
            throw new BotConnectorTransientException("Token", null, e.ErrorCode, e.Message, innerException: e);
        }
    }

    /// <summary>
    /// Built on first use, from options validated by then. Instance discovery is off: the authority is one tenant
    /// named in full, so there are no aliases to look up, and a private or test login host is used as given.
    /// </summary>
    private IConfidentialClientApplication App()
    {
        lock (_appGate)
        {
            if (_app is not null)
            {
                return _app;
            }

            var teams = options.Value;
            if (!teams.HasCredentials)
            {
                throw new InvalidOperationException("Teams:AppId, Teams:AppPassword (or Teams:CertificatePath) and Teams:TenantId are all needed to call Teams.");
            }

            var login = teams.LoginUrl.AbsoluteUri.EndsWith('/') ? teams.LoginUrl.AbsoluteUri : teams.LoginUrl.AbsoluteUri + "/";
            var builder = ConfidentialClientApplicationBuilder.Create(teams.AppId);
            builder = string.IsNullOrEmpty(teams.CertificatePath)
                ? builder.WithClientSecret(teams.AppPassword)
                : builder.WithCertificate(TeamsClientCertificate.Load(teams.CertificatePath, teams.CertificatePassword));
            _app = builder
                .WithAuthority(login + Uri.EscapeDataString(teams.TenantId), validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
                .Build();
            return _app;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Token for {Scope} acquired, expires {ExpiresOn}")]
    private static partial void LogTokenAcquired(ILogger logger, string scope, DateTimeOffset expiresOn);

    /// <summary>The token held for one scope, and the gate its callers queue at.</summary>
    private sealed class Held
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public (string Token, DateTimeOffset ExpiresOn)? Current { get; set; }
    }
}

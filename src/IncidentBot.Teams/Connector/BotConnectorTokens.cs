using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace IncidentBot.Teams.Connector;

/// <summary>
/// The bearer token for calls to the Bot Connector: client credentials of the app registration for scope
/// <see cref="Scope"/>, from <c>{LoginUrl}{TenantId}/oauth2/v2.0/token</c> through MSAL.NET
/// (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication"/>;
/// the tenant, not <c>botframework.com</c>, as single-tenant apps need). A token is kept until
/// <see cref="RefreshBefore"/> its expiry, judged on the injected clock; callers that need one at the same time wait
/// for one request. A token the connector refused (401) is replaced once by whoever reports it first.
/// </summary>
public sealed partial class BotConnectorTokens(
    IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<BotConnectorTokens> logger) : IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>How long before its expiry a token is replaced: MSAL's own margin, so a call never carries one about to lapse.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConfidentialClientApplication? _app;
    private (string Token, DateTimeOffset ExpiresOn)? _current;

    /// <summary>A token valid for a while yet, fetched only when the one held is missing or near its expiry.</summary>
    public Task<string> GetTokenAsync(CancellationToken cancellationToken = default) => GetTokenAsync(rejected: null, cancellationToken);

    /// <summary>
    /// A token other than <paramref name="rejected"/>, which the connector refused: the held one is replaced unless
    /// another caller already did.
    /// </summary>
    public async Task<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } held && held.Token != rejected && timeProvider.GetUtcNow() < held.ExpiresOn - RefreshBefore)
            {
                return held.Token;
            }

            var result = await AcquireAsync(forceRefresh: _current is not null, cancellationToken).ConfigureAwait(false);
            _current = (result.AccessToken, result.ExpiresOn);
            LogTokenAcquired(logger, result.ExpiresOn);
            return result.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<AuthenticationResult> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            return await App().AcquireTokenForClient([Scope]).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot Connector token acquired, expires {ExpiresOn}")]
    private static partial void LogTokenAcquired(ILogger logger, DateTimeOffset expiresOn);
}

using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Auth;

/// <summary>
/// One issuer's signing keys: its OpenID metadata and the JWKS at its <c>jwks_uri</c>, fetched by a
/// <see cref="ConfigurationManager{T}"/> and cached by it (refreshed in the background every 12 hours). A token
/// naming a key the cache lacks (a key rollover) makes <see cref="RefreshAsync"/> fetch both again at once, at most
/// every <see cref="MinimumRefreshInterval"/> on <see cref="TimeProvider"/>'s clock, so forged <c>kid</c>s cannot make
/// the bot hammer Microsoft. The refresh builds a new manager rather than calling
/// <see cref="ConfigurationManager{T}.RequestRefresh"/>: since IdentityModel 8 that refreshes in the background, and
/// the very token that named the new key would be refused.
/// </summary>
internal sealed partial class SigningKeySource
{
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly Uri _metadataUrl;
    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private DateTimeOffset? _lastRefresh;

    public SigningKeySource(Uri metadataUrl, Func<HttpClient> httpClient, TimeProvider time, ILogger logger)
    {
        _metadataUrl = metadataUrl;
        _httpClient = httpClient;
        _time = time;
        _logger = logger;
        _manager = CreateManager();
    }

    /// <summary>The cached configuration; fetched on first use. Throws <see cref="InvalidOperationException"/> when it cannot be.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _manager).GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the metadata and keys again unless that was done less than <see cref="MinimumRefreshInterval"/> ago
    /// (requests naming the same new key at once wait for one fetch). Returns the configuration to use.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await GetAsync(cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            if (now - _lastRefresh < MinimumRefreshInterval)
            {
                return current;
            }

            _lastRefresh = now;
            var fresh = CreateManager();
            try
            {
                var configuration = await fresh.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _manager, fresh);
                LogRefreshed(_logger, _metadataUrl, configuration.JsonWebKeySet?.Keys.Count ?? 0);
                return configuration;
            }
            catch (InvalidOperationException e)
            {
                LogRefreshFailed(_logger, e, _metadataUrl);
                return current;
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>The keys of <paramref name="configuration"/> with id <paramref name="keyId"/>.</summary>
    public static IReadOnlyList<JsonWebKey> KeysWithId(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.Where(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal)).ToList() ?? [];

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager() =>
        new(
            _metadataUrl.AbsoluteUri,
            new OpenIdConnectConfigurationRetriever(),
            // Plain HTTP only to loopback, where the tests' fake runs.
            new HttpDocumentRetriever(_httpClient()) { RequireHttps = !_metadataUrl.IsLoopback });

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched the signing keys from {MetadataUrl} again after a token named an unknown key: {KeyCount} keys")]
    private static partial void LogRefreshed(ILogger logger, Uri metadataUrl, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch the signing keys from {MetadataUrl} again; keeping the cached ones")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, Uri metadataUrl);
}

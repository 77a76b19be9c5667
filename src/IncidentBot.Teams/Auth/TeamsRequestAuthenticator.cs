using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Auth;

/// <summary>
/// Checks that a <c>POST /api/messages</c> comes from Teams, as the Bot Framework's connector does
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication; BFC
/// <c>jwtTokenExtractor.js</c>, <c>endorsementsValidator.js</c>): a <c>Bearer</c> JWT, signed RS256/384/512 by a key
/// the issuer publishes, issued by <c>https://api.botframework.com</c> for the bot's app id (or
/// <c>api://botid-{appId}</c>, <c>api://{appId}</c>), within its lifetime give or take five minutes, signed with a key
/// whose <c>endorsements</c> name the activity's <c>channelId</c> (else 403), and whose <c>serviceurl</c> claim is the
/// activity's <c>serviceUrl</c> but for case and a trailing <c>/</c>. Everything else is 401.
/// <para>
/// The caller reads just <c>channelId</c> and <c>serviceUrl</c> from the body, and parses the rest only when this
/// accepts. The token's <c>iss</c>, read before anything is validated, only picks the key set to check it with.
/// </para>
/// <para>
/// Tokens of the bot's own Entra tenant (<see cref="TeamsOptions.TenantId"/>; v1 and v2 issuers) are accepted too,
/// checked with that tenant's keys. Entra keys carry no <c>endorsements</c>, so no channel is checked for them: the
/// token was issued inside the bot's own tenant for its own app id, which is what an endorsement would attest. They
/// must still carry a <c>serviceurl</c> claim equal to the activity's: without it, anyone in the tenant able to get
/// a token for the app could make the bot send its replies, and its own token, to a URL of their choosing.
/// </para>
/// <para>
/// With <see cref="TeamsOptions.AllowUnauthenticatedLocalClient"/>, a request without an <c>Authorization</c> header
/// (the Agents Playground's) is let in as <see cref="TeamsCaller.LocalClient"/> when its <c>serviceUrl</c> is on this
/// machine, so the bot's answers cannot be sent elsewhere; one with a header is still checked.
/// </para>
/// </summary>
public sealed partial class TeamsRequestAuthenticator
{
    /// <summary>The HttpClient (from IHttpClientFactory) the OpenID metadata and keys are fetched with.</summary>
    public const string MetadataHttpClientName = "IncidentBot.Teams.OpenIdMetadata";

    public const string ServiceUrlClaim = "serviceurl";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const string BearerPrefix = "Bearer ";

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly TeamsOptions _options;
    private readonly LifetimeValidator _lifetime;
    private readonly ILogger _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly List<TrustedIssuer> _issuers = [];

    public TeamsRequestAuthenticator(IOptions<TeamsOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILogger<TeamsRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        _options = options.Value;
        _lifetime = TokenLifetime.Validator(time, ClockSkew);
        _logger = logger;
        HttpClient Client() => httpClients.CreateClient(MetadataHttpClientName);
        _issuers.Add(new TrustedIssuer(
            [TeamsTokenIssuers.BotFramework],
            new SigningKeySource(_options.OpenIdMetadataUrl, Client, time, logger),
            RequiresEndorsement: true));
        if (_options.TenantId is { Length: > 0 } tenantId)
        {
            _issuers.Add(new TrustedIssuer(
                [TeamsTokenIssuers.EntraV1(tenantId), TeamsTokenIssuers.EntraV2(tenantId)],
                new SigningKeySource(TeamsTokenIssuers.EntraMetadata(_options.LoginUrl, tenantId), Client, time, logger),
                RequiresEndorsement: false));
        }
    }

    /// <param name="authorization">The request's <c>Authorization</c> header, null when it has none.</param>
    /// <param name="channelId">The activity's <c>channelId</c> (<c>msteams</c>).</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    /// <param name="cancellationToken">Gives up waiting for the signing keys (their fetch itself goes on for others).</param>
    public async Task<TeamsAuthResult> AuthenticateAsync(string? authorization, string? channelId, string? serviceUrl, CancellationToken cancellationToken = default)
    {
        if (authorization is null && _options.AllowUnauthenticatedLocalClient)
        {
            // The bot answers at the activity's serviceUrl: one without a token may only name this machine.
            return LoopbackAddress.Is(serviceUrl)
                ? TeamsAuthResult.Accepted(TeamsCaller.LocalClient)
                : TeamsAuthResult.Unauthorized("an activity without a token must name a serviceUrl on this machine (the Agents Playground's)");
        }

        if (string.IsNullOrEmpty(authorization))
        {
            return TeamsAuthResult.Unauthorized("no Authorization header");
        }

        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return TeamsAuthResult.Unauthorized("Authorization is not a Bearer token");
        }

        if (string.IsNullOrEmpty(_options.AppId))
        {
            return TeamsAuthResult.Unauthorized("no Teams:AppId is configured, so no token can be for this bot");
        }

        var token = ReadUnvalidated(authorization[BearerPrefix.Length..].Trim());
        if (token is null)
        {
            return TeamsAuthResult.Unauthorized("the bearer token is not a JWT");
        }

        if (_issuers.Find(trusted => trusted.Issued(token.Issuer)) is not { } issuer)
        {
            return TeamsAuthResult.Unauthorized("the token's issuer is not the Bot Framework or the bot's tenant");
        }

        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return TeamsAuthResult.Unauthorized(TokenRefusal.Algorithm);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return TeamsAuthResult.Unauthorized("the token names no signing key");
        }

        try
        {
            return await ValidateAsync(token, issuer, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            LogKeysUnavailable(_logger, e);
            return TeamsAuthResult.Unavailable("the signing keys could not be fetched");
        }
    }

    private async Task<TeamsAuthResult> ValidateAsync(JsonWebToken token, TrustedIssuer issuer, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var keys = issuer.Keys;
        var configuration = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
        var signingKeys = SigningKeySource.KeysWithId(configuration, token.Kid);
        if (signingKeys.Count == 0)
        {
            configuration = await keys.RefreshAsync(cancellationToken).ConfigureAwait(false);
            signingKeys = SigningKeySource.KeysWithId(configuration, token.Kid);
            if (signingKeys.Count == 0)
            {
                return TeamsAuthResult.Unauthorized("the token's signing key is not published");
            }
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(issuer, signingKeys)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return TeamsAuthResult.Unauthorized(TokenRefusal.Describe(result.Exception));
        }

        // Every key with the token's kid must be endorsed: which of them checked the signature is not told.
        if (issuer.RequiresEndorsement && !signingKeys.All(key => SigningKeyEndorsements.Endorses(key, channelId)))
        {
            return TeamsAuthResult.Forbidden("the token's signing key is not endorsed for the activity's channel");
        }

        var claimedServiceUrl = StringClaim(result, ServiceUrlClaim);
        if (!SameServiceUrl(claimedServiceUrl, serviceUrl))
        {
            return TeamsAuthResult.Unauthorized("the token's serviceurl claim is not the activity's serviceUrl");
        }

        var appId = StringClaim(result, "appid") ?? StringClaim(result, "azp");
        return TeamsAuthResult.Accepted(new TeamsCaller(token.Issuer, appId, claimedServiceUrl, IsLocalClient: false));
    }

    private TokenValidationParameters Parameters(TrustedIssuer issuer, IReadOnlyList<JsonWebKey> signingKeys)
    {
        var appId = _options.AppId!;
        return new TokenValidationParameters
        {
            ValidIssuers = issuer.Issuers,
            ValidAudiences = [appId, $"api://botid-{appId}", $"api://{appId}"],
            IssuerSigningKeys = signingKeys,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            LifetimeValidator = _lifetime,
        };
    }

    private JsonWebToken? ReadUnvalidated(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            var read = new JsonWebToken(token);
            return read.IsEncrypted ? null : read;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? StringClaim(TokenValidationResult result, string type) =>
        result.Claims.TryGetValue(type, out var value) && value is string text && text.Length > 0 ? text : null;

    /// <summary>The Teams SDK's comparison: case-insensitive, a trailing <c>/</c> either way.</summary>
    internal static bool SameServiceUrl(string? claimed, string? activity) =>
        !string.IsNullOrEmpty(claimed)
        && !string.IsNullOrEmpty(activity)
        && string.Equals(claimed.TrimEnd('/'), activity.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Error, Message = "The signing keys for inbound Teams tokens could not be fetched; Teams requests are refused until they can")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);
}

namespace IncidentBot.Teams.Auth;

/// <summary>
/// The issuers an inbound token may have, and which key set checks each: the Bot Framework
/// (<c>https://api.botframework.com</c>, BFC <c>authenticationConstants.js</c>) and, for the single-tenant bot, its own
/// tenant's Entra issuers v1 (<c>https://sts.windows.net/{tid}/</c>) and v2
/// (<c>https://login.microsoftonline.com/{tid}/v2.0</c>), as <c>@microsoft/agents-hosting</c> accepts them.
/// </summary>
internal static class TeamsTokenIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    public static string EntraV1(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    public static string EntraV2(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>The tenant's OpenID metadata; its keys sign both v1 and v2 tokens.</summary>
    public static Uri EntraMetadata(Uri loginUrl, string tenantId) => new(loginUrl, $"{tenantId}/v2.0/.well-known/openid-configuration");
}

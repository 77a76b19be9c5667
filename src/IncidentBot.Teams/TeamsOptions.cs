using System.Diagnostics.CodeAnalysis;

namespace IncidentBot.Teams;

/// <summary>
/// The <c>Teams</c> section. <see cref="AppId"/>, <see cref="AppPassword"/> (or <see cref="CertificatePath"/>) and
/// <see cref="TenantId"/> (an Azure bot registration, single tenant) are all it takes to run on Teams; the addresses default to Microsoft's public cloud
/// and are overridable for national clouds and for tests.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The bot's Microsoft App ID (the Azure bot registration's app id): the audience of inbound tokens.</summary>
    public string? AppId { get; set; }

    /// <summary>A client secret of the app registration, for the tokens of outbound calls (or <see cref="CertificatePath"/>).</summary>
    public string? AppPassword { get; set; }

    /// <summary>
    /// A certificate of the app registration with its private key, instead of <see cref="AppPassword"/>: a PFX
    /// (PKCS#12) file, or a PEM file holding the certificate and its key.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>'s file, when it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The Microsoft Entra tenant the single-tenant app registration lives in.</summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// The channel (<c>19:…@thread.tacv2</c>) where each incident gets a thread of its own when no
    /// <see cref="IncidentsTeamId"/> is set, and where incidents are announced. With a team set, incidents open here
    /// as threads when Teams refuses them a channel (the app not in the team, its permissions not consented).
    /// </summary>
    public string? IncidentsChannelId { get; set; }

    /// <summary>
    /// The team in which each incident gets a standard channel of its own, created through Microsoft Graph
    /// (<c>POST /teams/{id}/channels</c>): the team's group id, a GUID (the <c>groupId</c> in the team's "Get link to
    /// team"), not its <c>19:…@thread.tacv2</c> id. The app must be added to that team, whose owner consents to its
    /// resource-specific permissions (<c>Channel.Create.Group</c>, <c>ChannelSettings.ReadWrite.Group</c>,
    /// <c>ChannelMessage.Read.Group</c>).
    /// </summary>
    public string? IncidentsTeamId { get; set; }

    /// <summary>The channel where drafted postmortems are posted, if any.</summary>
    public string? ReportsChannelId { get; set; }

    /// <summary>The Bot Framework's OpenID metadata, naming the keys inbound tokens are signed with.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The Entra login host; the token endpoint is <c>{LoginUrl}{TenantId}/oauth2/v2.0/token</c>.</summary>
    public Uri LoginUrl { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>
    /// Where the bot sends to a conversation no activity has come from yet (Teams names each conversation's own
    /// regional address in its activities, and the bot keeps those); Microsoft's global address by default.
    /// </summary>
    public Uri ServiceUrl { get; set; } = new("https://smba.trafficmanager.net/teams/");

    /// <summary>Microsoft Graph, for channels of their own and installing the app for people.</summary>
    public Uri GraphUrl { get; set; } = new("https://graph.microsoft.com/v1.0/");

    /// <summary>
    /// Development only, for the Microsoft 365 Agents Playground: accept activities without a token when their
    /// <c>serviceUrl</c> is on this machine (the Playground sends none), and call such a service URL (the Playground's
    /// mock connector) without one. Off by default; the bot refuses to start with it unless it listens on loopback
    /// only. With it and no app registration the bot runs in Playground mode (<see cref="IsPlayground"/>).
    /// </summary>
    public bool AllowUnauthenticatedLocalClient { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(AppId);

    /// <summary>Whether the bot can sign in to call Teams: an app id, its tenant, and a client secret or certificate.</summary>
    [MemberNotNullWhen(true, nameof(AppId), nameof(TenantId))]
    public bool HasCredentials =>
        !string.IsNullOrEmpty(AppId) && !string.IsNullOrEmpty(TenantId) && (!string.IsNullOrEmpty(AppPassword) || !string.IsNullOrEmpty(CertificatePath));

    /// <summary>
    /// Playground mode: <see cref="AllowUnauthenticatedLocalClient"/> and no app registration. The bot then talks
    /// only to the Agents Playground on this machine, and its incidents go to <see cref="PlaygroundChannelId"/> unless
    /// <see cref="IncidentsChannelId"/> says otherwise.
    /// </summary>
    public bool IsPlayground => AllowUnauthenticatedLocalClient && !IsConfigured;

    /// <summary>
    /// The General channel of the Agents Playground's one team (<c>My Team</c>, id <c>team-id</c>; a team's General
    /// channel has the team's id, as in Teams): its <c>GET /_internal/v1/config</c> names it, and it is the same in
    /// every Playground.
    /// </summary>
    public const string PlaygroundChannelId = "team-id";
}

namespace IncidentBot.Teams.Connector;

/// <summary>
/// A member of a Teams conversation as <c>pagedmembers</c> returns it (Teams' <c>TeamsChannelAccount</c>):
/// <see cref="Id"/> (<c>29:…</c>) is what a 1:1 chat is created with; <see cref="AadObjectId"/> and
/// <see cref="UserPrincipalName"/> link it to a person of the directory.
/// </summary>
public sealed record TeamsMember
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? TenantId { get; init; }
}

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>What <see cref="FakeTeamsTokenEndpoint.Check"/> says of a bearer token.</summary>
public enum FakeTokenState
{
    /// <summary>Not issued by the fake token endpoint (or none given): a client bug.</summary>
    Unknown,
    Valid,
    Expired,
    Revoked,
}

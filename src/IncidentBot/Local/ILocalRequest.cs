namespace IncidentBot.Local;

/// <summary>A <c>/local/*</c> request body: every one acts as a person of the roster, named by <c>as</c>.</summary>
public interface ILocalRequest
{
    string? As { get; }
}

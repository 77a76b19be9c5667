namespace IncidentBot.Teams.Connector;

/// <summary>
/// The app's token for one service (one scope): what a transport asks for before a call and again, naming the refused
/// one, after a 401. Holding, refreshing and replacing are <see cref="AppTokens"/>' alone, for every scope.
/// </summary>
public abstract class ScopedTokens(AppTokens tokens, string scope)
{
    /// <summary>A token valid for a while yet, fetched only when the one held is missing or near its expiry.</summary>
    public Task<string> GetTokenAsync(CancellationToken cancellationToken = default) => tokens.GetTokenAsync(scope, rejected: null, cancellationToken);

    /// <summary>A token other than <paramref name="rejected"/>, which the service refused: the held one is replaced unless another caller already did.</summary>
    public Task<string> GetTokenAsync(string? rejected, CancellationToken cancellationToken = default) => tokens.GetTokenAsync(scope, rejected, cancellationToken);
}

namespace IncidentBot.Security;

/// <summary>
/// Loads (or generates and prints) the webhook secrets as the host starts: after the options are validated, so a
/// mistake in them is told before anything else, and before the server takes its first request.
/// </summary>
public sealed class SecretBookLoader(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<SecretBook>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

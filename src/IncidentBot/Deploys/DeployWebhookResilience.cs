using IncidentBot.Configuration;
using Microsoft.Extensions.Http.Resilience;

namespace IncidentBot.Deploys;

/// <summary>
/// Sizes the rollback webhook client's standard resilience pipeline to the slowest configured webhook, so
/// the pipeline's own default timeouts (10 s an attempt) never cut off a webhook given longer.
/// </summary>
public static class DeployWebhookResilience
{
    public static void Fit(HttpStandardResilienceOptions resilience, IEnumerable<ServiceOptions> services)
    {
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(services);
        var slowest = services.Select(s => s.Timeout).DefaultIfEmpty(TimeSpan.Zero).Max();
        if (slowest <= resilience.AttemptTimeout.Timeout)
        {
            return;
        }

        resilience.AttemptTimeout.Timeout = slowest;
        resilience.TotalRequestTimeout.Timeout = slowest * (resilience.Retry.MaxRetryAttempts + 1);
        resilience.CircuitBreaker.SamplingDuration = slowest * 2;
    }
}

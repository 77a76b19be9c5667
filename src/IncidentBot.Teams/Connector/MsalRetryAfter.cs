using Microsoft.Identity.Client;

namespace IncidentBot.Teams.Connector;

/// <summary>The <c>Retry-After</c> of a token endpoint's answer, when it sent one in seconds.</summary>
internal static class MsalRetryAfter
{
    public static TimeSpan? RetryAfter(this MsalServiceException e) => e.Headers?.RetryAfter?.Delta;
}

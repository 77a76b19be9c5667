namespace IncidentBot.Alerts;

/// <summary>Opens a <c>SubscribeURL</c> with a GET, as SNS asks, without following redirects.</summary>
public sealed class SnsSubscriptionConfirmer(HttpClient http) : ISnsSubscriptionConfirmer
{
    public async Task ConfirmAsync(Uri subscribeUrl, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(subscribeUrl, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}

namespace IncidentBot.Alerts;

/// <summary>Confirms an SNS subscription by opening its <c>SubscribeURL</c>; only ever asked for one <see cref="SnsAddresses"/> accepts.</summary>
public interface ISnsSubscriptionConfirmer
{
    Task ConfirmAsync(Uri subscribeUrl, CancellationToken cancellationToken);
}

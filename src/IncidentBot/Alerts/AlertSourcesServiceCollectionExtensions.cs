using IncidentBot.Security;
using Microsoft.Extensions.Options;

namespace IncidentBot.Alerts;

/// <summary>
/// Wires the gate of every alert source: the token sources through the <see cref="SecretBook"/>, and Datadog,
/// Azure Monitor, CloudWatch (Amazon SNS) and PagerDuty with their options, validated at start, and the SNS
/// certificate and subscription clients.
/// </summary>
public static class AlertSourcesServiceCollectionExtensions
{
    /// <summary>How long a call to SNS (a certificate, a subscription confirmation) may take: SNS itself waits 15 s for the answer.</summary>
    private static readonly TimeSpan SnsTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddAlertSources(this IServiceCollection services)
    {
        foreach (var source in AlertSourceGates.TokenSources)
        {
            services.AddSingleton<IAlertSourceGate>(sp => new TokenAlertGate(source, sp.GetRequiredService<SecretBook>()));
        }

        services.AddOptions<DatadogOptions>().BindConfiguration(DatadogOptions.SectionName).ValidateOnStart();
        services.AddOptions<AzureMonitorOptions>().BindConfiguration(AzureMonitorOptions.SectionName).ValidateOnStart();
        services.AddOptions<PagerDutyOptions>().BindConfiguration(PagerDutyOptions.SectionName).ValidateOnStart();
        services.AddOptions<CloudWatchOptions>().BindConfiguration(CloudWatchOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatadogOptions>, AlertSourceOptionsValidator>();
        services.AddSingleton<IValidateOptions<AzureMonitorOptions>, AlertSourceOptionsValidator>();
        services.AddSingleton<IValidateOptions<PagerDutyOptions>, AlertSourceOptionsValidator>();
        services.AddSingleton<IValidateOptions<CloudWatchOptions>, CloudWatchOptionsValidator>();

        services.AddSingleton<IAlertSourceGate, DatadogGate>();
        services.AddSingleton<IAlertSourceGate, AzureMonitorGate>();
        services.AddSingleton<IAlertSourceGate, PagerDutyGate>();
        services.AddSingleton<IAlertSourceGate, CloudWatchGate>();
        services.AddSingleton<SnsCertificates>();
        services.AddSingleton<SnsSubscriptions>();
        services.AddHttpClient<ISnsCertificateFetcher, SnsCertificateFetcher>(http => http.Timeout = SnsTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddHttpClient<ISnsSubscriptionConfirmer, SnsSubscriptionConfirmer>(http => http.Timeout = SnsTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<AlertSourceGates>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// Wires what Slack sends into the core: the signature verifier, <see cref="ISlackInbound"/> and the
/// <c>response_url</c> responder. The caller registers the core (<c>AddIncidentCore</c>), its stores,
/// <see cref="SlackOptions"/>, <see cref="ISlackBotIdentity"/>, <see cref="ISlackMessageMap"/> and
/// <see cref="ISlackMessageEditor"/>.
/// </summary>
public static class SlackInboundServiceCollectionExtensions
{
    /// <summary>Slack answers an interaction within 3 s; a reply that takes longer is not worth holding the ack for.</summary>
    public static readonly TimeSpan ResponseUrlTimeout = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddSlackInbound(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlackOptions>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackReplayGuard>();
        services.AddSingleton<SlackEventHandler>();
        services.AddSingleton<SlackInteractionHandler>();
        services.AddSingleton<ISlackInbound, SlackInboundHandler>();
        // A response_url is a capability (its path is the secret): the factory's request logging would write it out.
        services.AddHttpClient(SlackResponseUrlClient.HttpClientName, http => http.Timeout = ResponseUrlTimeout).RemoveAllLoggers();
        services.TryAddSingleton<SlackResponseUrlClient>();
        services.TryAddSingleton<ISlackResponder>(sp => sp.GetRequiredService<SlackResponseUrlClient>());
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentBot.Slack.SocketMode;

/// <summary>Wires Socket Mode (https://docs.slack.dev/apis/events-api/using-socket-mode/) into the host.</summary>
public static class SocketModeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SocketModeClient"/> as a hosted service; it connects only when <c>Slack:AppToken</c> is set.
    /// The caller registers <see cref="ISocketModeConnector"/>, <see cref="Inbound.ISlackInbound"/> (resolved in a scope
    /// per envelope) and <see cref="SlackOptions"/>; <see cref="TimeProvider.System"/> is added when no clock is registered.
    /// </summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<SocketModeClient>();
        return services;
    }
}

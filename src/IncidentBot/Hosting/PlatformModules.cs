using IncidentBot.Local;
using IncidentBot.Slack;
using IncidentBot.Slack.Inbound;
using IncidentBot.Teams;
using IncidentBot.Teams.Inbound;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Hosting;

/// <summary>
/// The one place that knows every platform module: each adapter wires itself (its options, its chat port, its
/// channels, its inbound handling) and maps its own endpoints; the host only picks the active one.
/// </summary>
public static class PlatformModules
{
    public static IServiceCollection AddChatPlatform(this IServiceCollection services, Platform platform, Func<IServiceProvider, Uri> publicAddress)
    {
        // Every platform's options are bound and checked whichever runs, so a half-configured one (a signing secret
        // without its token) stops the start instead of being ignored.
        services.AddSlackOptions();
        services.AddTeamsOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, LocalTeamsClientValidator>());
        return platform switch
        {
            Platform.Local => services.AddLocalWorkspace(publicAddress),
            Platform.Slack => services.AddSlack(),
            Platform.Teams => services.AddTeams(),
            _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "No module wires this platform."),
        };
    }

    public static IEndpointRouteBuilder MapChatPlatform(this IEndpointRouteBuilder endpoints, Platform platform) => platform switch
    {
        Platform.Local => endpoints.MapLocalWorkspace(),
        Platform.Slack => endpoints.MapSlack(),
        Platform.Teams => endpoints.MapTeams(),
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "No module maps this platform."),
    };
}

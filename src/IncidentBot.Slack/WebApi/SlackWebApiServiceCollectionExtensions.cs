using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.WebApi;

/// <summary>Wires the Slack Web API client; <see cref="SlackOptions"/> are bound by the host.</summary>
public static class SlackWebApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SlackApiClient"/> and its method groups over a typed HttpClient for
    /// <see cref="SlackApiTransport"/> (base address <see cref="SlackOptions.ApiBaseUrl"/>, resilience from
    /// <see cref="SlackApiResilience"/>). The clients are transient, as typed HttpClients should be; the
    /// per-channel <see cref="ChannelPostPacer"/> is a singleton so pacing spans them all.
    /// </summary>
    public static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChannelPostPacer>();
        services.AddHttpClient<SlackApiTransport>((provider, client) =>
                client.BaseAddress = SlackApiTransport.BaseAddressFor(provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl))
            .RemoveAllLoggers() // a file's upload_url is a capability (its path is the secret): request logging would write it out
            .AddResilienceHandler(SlackApiResilience.PipelineName, SlackApiResilience.Configure);
        services.TryAddTransient<ChatApi>();
        services.TryAddTransient<ConversationsApi>();
        services.TryAddTransient<PinsApi>();
        services.TryAddTransient<BookmarksApi>();
        services.TryAddTransient<UsersApi>();
        services.TryAddTransient<ViewsApi>();
        services.TryAddTransient<FilesApi>();
        services.TryAddTransient<AuthApi>();
        services.TryAddTransient<AppsApi>();
        services.TryAddTransient<SlackApiClient>();
        return services;
    }
}

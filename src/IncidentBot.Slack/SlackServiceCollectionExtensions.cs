using IncidentBot.Core.Chat;
using IncidentBot.Core.Outbox;
using IncidentBot.Slack.Inbound;
using IncidentBot.Slack.Outbound;
using IncidentBot.Slack.SocketMode;
using IncidentBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack;

/// <summary>Wires the Slack adapter: options validated at start, Web API client, the chat port over the outbox, inbound handling, Socket Mode.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>Makes Slack the bot's chat platform. Map the HTTP endpoints with <c>MapSlack</c>.</summary>
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        services.AddSlackOptions();
        services.AddOptions<SlackOptions>().Validate(
            slack => slack.IsConfigured,
            "Slack:BotToken is required to run on Slack: set it to the app's Bot User OAuth Token (xoxb-…), or leave IncidentBot:Platform empty to run on the local workspace.");
        services.AddSlackWebApi();
        services.AddSingleton<SlackChatPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<SlackChatPlatform>());
        services.AddSingleton<ISlackEphemeral>(sp => sp.GetRequiredService<SlackChatPlatform>());
        services.AddSingleton<IOutboxDeliverer, SlackOutboxDeliverer>();
        services.AddSingleton(sp =>
        {
            var slack = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            return new ChatChannels(slack.IncidentsChannel, slack.ReportsChannel);
        });
        services.AddSingleton<ISlackUserResolver, SlackUserResolver>();
        services.AddSingleton<ISlackMessageMap, SlackMessageMap>();
        services.AddSingleton<ISlackBotIdentity, SlackBotIdentity>();
        services.AddHostedService<SlackTokenCheck>();
        services.AddHostedService<SlackPeopleLinker>();

        // Replies to response_urls go through the outbox here; AddSlackInbound alone would send them directly.
        services.AddSingleton<ISlackResponder>(sp => sp.GetRequiredService<SlackChatPlatform>());
        services.AddSingleton<ISlackMessageEditor>(sp => sp.GetRequiredService<SlackChatPlatform>());
        services.AddSlackInbound();
        services.AddSingleton<ISocketModeConnector, AppsSocketModeConnector>();
        services.AddSlackSocketMode();
        return services;
    }

    /// <summary>
    /// Binds and validates the <c>Slack</c> section at start. A host not running on Slack calls it too, so a
    /// half-configured Slack (a signing secret without a bot token) stops it instead of being ignored.
    /// </summary>
    public static IServiceCollection AddSlackOptions(this IServiceCollection services)
    {
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        return services;
    }
}

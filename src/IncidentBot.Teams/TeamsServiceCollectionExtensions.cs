using IncidentBot.Core.Chat;
using IncidentBot.Core.Outbox;
using IncidentBot.Teams.Auth;
using IncidentBot.Teams.Connector;
using IncidentBot.Teams.Graph;
using IncidentBot.Teams.Inbound;
using IncidentBot.Teams.Outbound;
using IncidentBot.Teams.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams;

/// <summary>Wires the Teams adapter: options checked at start, inbound authentication and handling, the Bot Connector and Graph clients, the chat port over the outbox.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Makes Teams the bot's chat platform. Map <c>POST /api/messages</c> with <see cref="TeamsEndpoints.MapTeams"/>.
    /// Without an app registration it runs only in Playground mode (<see cref="TeamsOptions.IsPlayground"/>), with
    /// incidents in the Playground's General channel unless <see cref="TeamsOptions.IncidentsChannelId"/> is set.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddTeamsOptions();
        services.AddOptions<TeamsOptions>()
            .PostConfigure(teams =>
            {
                if (teams.IsPlayground && string.IsNullOrWhiteSpace(teams.IncidentsChannelId))
                {
                    teams.IncidentsChannelId = TeamsOptions.PlaygroundChannelId;
                }
            })
            .Validate(
                teams => teams.IsConfigured || teams.AllowUnauthenticatedLocalClient,
                "Teams:AppId, Teams:AppPassword (or Teams:CertificatePath) and Teams:TenantId are required to run on Teams (the Azure bot registration's app id, a client secret or certificate, and its tenant); to try it with the Agents Playground on this machine set Teams:AllowUnauthenticatedLocalClient=true instead, or leave IncidentBot:Platform empty to run on the local workspace.")
            .Validate(
                teams => !string.IsNullOrWhiteSpace(teams.IncidentsChannelId) || !string.IsNullOrWhiteSpace(teams.IncidentsTeamId),
                "Teams:IncidentsTeamId or Teams:IncidentsChannelId is required to run on Teams: the team (its group id, a GUID) where each incident gets a channel of its own, or the channel (19:…@thread.tacv2) where each incident gets its thread.")
            .Validate(
                teams => !teams.IsPlayground || string.IsNullOrWhiteSpace(teams.IncidentsTeamId),
                "Teams:IncidentsTeamId needs the app registration (Teams:AppId, Teams:AppPassword, Teams:TenantId): channels are created through Microsoft Graph, which the Agents Playground does not have.");
        services.AddTeamsAuthentication();
        services.AddTeamsConnector();
        services.AddTeamsGraph();
        services.AddSingleton<TeamsChannelOpener>();
        services.AddSingleton<TeamsIncidentChannels>();
        services.AddSingleton<TeamsAddressBook>();
        services.AddSingleton<TeamsChatPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<TeamsChatPlatform>());
        services.AddSingleton<TeamsSendPacer>();
        services.AddSingleton<IOutboxDeliverer, TeamsOutboxDeliverer>();
        services.AddSingleton(sp =>
        {
            var teams = sp.GetRequiredService<IOptions<TeamsOptions>>().Value;
            return new ChatChannels(teams.IncidentsChannelId, teams.ReportsChannelId);
        });
        services.AddTeamsPeople();
        services.AddSingleton<TeamsMessageIds>();
        services.AddSingleton<TeamsAddToTimeline>();
        services.AddSingleton<TeamsActivityHandler>();
        return services;
    }
}

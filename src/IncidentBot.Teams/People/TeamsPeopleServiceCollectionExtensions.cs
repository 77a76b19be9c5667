using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Teams.People;

/// <summary>Wires the linking of Teams accounts to the bot's people: the linker, and the listing of the incidents team at start.</summary>
public static class TeamsPeopleServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsPeople(this IServiceCollection services)
    {
        services.AddSingleton<TeamsPeopleLinker>();
        services.AddHostedService<TeamsRosterScan>();
        return services;
    }
}

using IncidentBot.Teams.Connector;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Teams.People;

/// <summary>
/// At start, lists the members of the incidents channel (<see cref="TeamsOptions.IncidentsChannelId"/>: a standard
/// channel's members are its team's) and links them to the bot's people (<see cref="TeamsPeopleLinker"/>), so a person known only by email is
/// paged 1:1 and @mentions of anyone there name them from the first command. Teams being unreachable is retried,
/// waiting longer each time (30 s, 60 s … at most 5 minutes), until one listing succeeds: given up, people known
/// only by email would stay unreachable until a restart. A refusal that retrying cannot fix (the bot not in the team)
/// is logged once and not retried; installing the bot in the team lists its members then. The incidents team
/// (<see cref="TeamsOptions.IncidentsTeamId"/>) is not listed here: it is named by its group id, which is Graph's, not
/// the Bot Connector's; with no incidents channel its members are listed when the bot is installed there.
/// </summary>
public sealed partial class TeamsRosterScan(
    TeamsPeopleLinker linker, IOptions<TeamsOptions> options, TimeProvider time, ILogger<TeamsRosterScan> logger) : BackgroundService
{
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var teams = options.Value;
        if (!teams.IsConfigured || teams.IncidentsChannelId is not { Length: > 0 } team)
        {
            return;
        }

        for (var wait = FirstWait; ; wait = wait * 2 > LongestWait ? LongestWait : wait * 2)
        {
            TimeSpan delay;
            try
            {
                await linker.ScanAsync(team, stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (BotConnectorTransientException e)
            {
                delay = e.RetryAfter is { } after && after > wait ? after : wait;
                LogRetrying(logger, team, e.Message, delay);
            }
            catch (BotConnectorException e)
            {
                LogRefused(logger, team, e.Message);
                return;
            }

            await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the members of the incidents team {Team}: {Error}; trying again in {Wait}")]
    private static partial void LogRetrying(ILogger logger, string team, string error, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams refused to list the members of the incidents team {Team}: {Error}; people known only by email are linked once the bot is installed there")]
    private static partial void LogRefused(ILogger logger, string team, string error);
}

using System.Net.Http;
using IncidentBot.Core.People;
using IncidentBot.Slack.SocketMode;
using IncidentBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// At start, finds the Slack account of every configured person who has an email and no configured Slack id
/// (<c>users.lookupByEmail</c>), so commands, buttons and messages from them are theirs from the first one.
/// Slack being unreachable is retried, waiting longer each time (20 s, 40 s … at most 5 minutes), until every
/// such person is linked or known to have no account: given up after a few tries, a Slack outage at start left
/// rollback approvers refused as guests until a restart. A person Slack does not know stays unlinked.
/// </summary>
public sealed partial class SlackPeopleLinker(
    IPeopleDirectory people, ISlackUserResolver users, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackPeopleLinker> logger) : BackgroundService
{
    /// <summary>Waits of 20 s doubling up to 5 minutes (its ceilings: no jitter, one bot looks people up).</summary>
    private static readonly ReconnectBackoff Waits = new(TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(5), Random.Shared);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        var pending = people.All.Where(p => p.Email is not null && p.ChatIds?.ContainsKey(SlackOutboxKinds.Platform) != true).ToList();
        for (var failures = 1; pending.Count > 0; failures++)
        {
            var failed = new List<Person>();
            foreach (var person in pending)
            {
                try
                {
                    if (await users.SlackIdOfAsync(person, stoppingToken).ConfigureAwait(false) is null)
                    {
                        LogNotInSlack(logger, person.Id);
                    }
                }
                catch (Exception e) when (SlackCallFailure.Is(e))
                {
                    LogFailed(logger, person.Id, e.Message);
                    failed.Add(person);
                }
            }

            pending = failed;
            if (pending.Count > 0)
            {
                await Task.Delay(Waits.CeilingAfter(failures), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Person {PersonId} has no Slack account with their email; set ChatIds:slack to link them")]
    private static partial void LogNotInSlack(ILogger logger, string personId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up the Slack account of {PersonId}: {Error}")]
    private static partial void LogFailed(ILogger logger, string personId, string error);
}

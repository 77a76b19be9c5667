using IncidentBot.Core.People;

namespace IncidentBot.Web.Playground;

/// <summary>
/// The port the playground pages act through: a chat workspace on this machine that people of the roster use from a
/// browser. The host implements it over its local workspace and registers it only when the bot runs on the local
/// platform; without it the playground pages do not exist (<see cref="PlaygroundPageConvention"/>). What it does goes
/// through the same routers, alert intake and change recording as the real platforms and webhooks.
/// </summary>
public interface IPlaygroundWorkspace
{
    /// <summary>Grows with every change of any channel, so a page can ask cheaply whether it is out of date.</summary>
    long Version { get; }

    /// <summary>Whether rollbacks of services without a webhook are done by the simulated deploy system.</summary>
    bool SimulatesRollbacks { get; }

    /// <summary>The channels a person sees, in the order a chat app lists them.</summary>
    IReadOnlyList<PlaygroundChannel> ChannelsOf(string personId);

    /// <summary>The messages of a channel as a person sees them, oldest first (empty for a channel they cannot see).</summary>
    IReadOnlyList<PlaygroundMessage> MessagesSeenBy(string channelId, string personId);

    /// <summary>Writes in a channel; <c>/incident …</c> runs the command, whose reply only the person sees.</summary>
    Task<PlaygroundOutcome> SayAsync(Person person, string channelId, string text, CancellationToken cancellationToken = default);

    /// <summary>Presses a button of a message the person sees.</summary>
    Task<PlaygroundOutcome> PressAsync(Person person, string channelId, string messageId, string actionId, CancellationToken cancellationToken = default);

    /// <summary>Reacts to a message the person sees (📌 puts it on the incident's timeline).</summary>
    Task<PlaygroundOutcome> ReactAsync(Person person, string channelId, string messageId, string emoji, CancellationToken cancellationToken = default);

    /// <summary>Sends a realistic alert through the alert intake, as a monitoring tool's webhook would.</summary>
    Task<PlaygroundOutcome> SendSampleAlertAsync(CancellationToken cancellationToken = default);

    /// <summary>Records a deploy of a service, as a deploy system's <c>POST /changes</c> would.</summary>
    Task<PlaygroundOutcome> RecordDeployAsync(Person by, string service, string version, CancellationToken cancellationToken = default);

    /// <summary>Runs the seed drill on a workspace, clock and database of its own, leaving this one as it is.</summary>
    Task<PlaygroundDrillRun> RunSeedDrillAsync(CancellationToken cancellationToken = default);

    /// <summary>The seed drill's last run since the bot started; null when it has not run.</summary>
    PlaygroundDrillRun? LastDrillRun { get; }
}

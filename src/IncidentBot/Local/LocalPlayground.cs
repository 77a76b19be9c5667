using System.Globalization;
using System.Text.Json.Nodes;
using IncidentBot.Configuration;
using IncidentBot.Core.Alerts;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;
using IncidentBot.Deploys;
using IncidentBot.Endpoints;
using IncidentBot.Web.Playground;
using Microsoft.Extensions.Options;

namespace IncidentBot.Local;

/// <summary>
/// The web face's playground over the local workspace: people act through <see cref="LocalUser"/> (the routers and
/// transcript capture Slack and Teams use), a sample alert goes through the generic webhook's parser and the alert
/// intake, a deploy through <see cref="ChangeRecorder"/>. Registered only on the local platform.
/// </summary>
public sealed class LocalPlayground : IPlaygroundWorkspace, IDisposable
{
    /// <summary>The service the sample alert is about, with a deploy recorded shortly before it so rollback has a version to go back to.</summary>
    public const string SampleService = "api";

    private readonly LocalWorkspace _workspace;
    private readonly LocalUser _user;
    private readonly IPeopleDirectory _people;
    private readonly AlertParserCatalog _parsers;
    private readonly AlertIntake _intake;
    private readonly ChangeRecorder _recorder;
    private readonly IChangeStore _changes;
    private readonly IIncidentStore _incidents;
    private readonly SeedDrill _drill;
    private readonly TimeProvider _time;
    private long _version;

    public LocalPlayground(
        LocalWorkspace workspace, LocalUser user, IPeopleDirectory people, AlertParserCatalog parsers, AlertIntake intake, ChangeRecorder recorder,
        IChangeStore changes, IIncidentStore incidents, SeedDrill drill, IOptions<SimulatedDeployOptions> simulated, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(simulated);
        ArgumentNullException.ThrowIfNull(time);
        (_workspace, _user, _people, _parsers, _intake, _recorder, _changes, _incidents, _drill, _time) =
            (workspace, user, people, parsers, intake, recorder, changes, incidents, drill, time);
        SimulatesRollbacks = simulated.Value.IsEnabledOn(localPlatform: true);
        // Started at the clock, so a page read before a restart never takes the restarted bot's count for its own.
        _version = time.GetUtcNow().ToUnixTimeMilliseconds();
        workspace.ChannelChanged += OnChannelChanged;
    }

    public long Version => Interlocked.Read(ref _version);

    public bool SimulatesRollbacks { get; }

    public PlaygroundDrillRun? LastDrillRun => _drill.LastRun;

    public IReadOnlyList<PlaygroundChannel> ChannelsOf(string personId) =>
        [.. _workspace.ChannelsOf(personId).Select(c => new PlaygroundChannel(c.Id, c.Name, KindOf(c.Kind), c.Topic, _workspace.MessagesSeenBy(c.Id, personId).Count))];

    public IReadOnlyList<PlaygroundMessage> MessagesSeenBy(string channelId, string personId)
    {
        if (_workspace.FindChannel(channelId) is not { } channel || (channel.IsDirect && channel.PersonId != personId))
        {
            return [];
        }

        return [.. _workspace.MessagesSeenBy(channelId, personId).Select(View)];
    }

    public async Task<PlaygroundOutcome> SayAsync(Person person, string channelId, string text, CancellationToken cancellationToken = default)
    {
        var said = await _user.SayAsync(person, channelId, text, cancellationToken).ConfigureAwait(false);
        return new PlaygroundOutcome(true, said.Reply ?? "Sent.");
    }

    public async Task<PlaygroundOutcome> PressAsync(Person person, string channelId, string messageId, string actionId, CancellationToken cancellationToken = default)
    {
        var pressed = await _user.PressAsync(person, channelId, messageId, actionId, cancellationToken).ConfigureAwait(false);
        return pressed is null
            ? PlaygroundOutcome.Refused($"Message {messageId} has no such button that {person.Name} sees (any more): it may have been answered.")
            : new PlaygroundOutcome(true, pressed.Reply ?? "Pressed.");
    }

    public async Task<PlaygroundOutcome> ReactAsync(Person person, string channelId, string messageId, string emoji, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (_workspace.FindMessage(channelId, messageId) is not { } message || !message.IsSeenBy(person.Id))
        {
            return PlaygroundOutcome.Refused($"There is no message {messageId} here that {person.Name} sees.");
        }

        var taken = await _user.ReactAsync(person, channelId, messageId, emoji, cancellationToken).ConfigureAwait(false);
        return new PlaygroundOutcome(true, taken ? $"{emoji.Trim()} taken: the bot put the message on the incident's timeline." : $"Reacted {emoji.Trim()}.");
    }

    public async Task<PlaygroundOutcome> SendSampleAlertAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var deploy = await RecordSampleDeployAsync(now, cancellationToken).ConfigureAwait(false);
        if (!_parsers.TryGet(GenericWebhookParser.SourceName, out var parser))
        {
            return PlaygroundOutcome.Refused("The generic alert source is not there to take the sample alert.");
        }

        var parsed = parser.Parse(SampleAlert(now));
        if (!parsed.IsSuccess)
        {
            return PlaygroundOutcome.Refused($"The sample alert was refused: {parsed.Error}");
        }

        var result = await _intake.ReceiveAsync(parsed.Alerts, cancellationToken).ConfigureAwait(false);
        var what = result switch
        {
            { Opened: [var opened, ..] } => $"it opened {IncidentKey.Format(opened)}: the bot opens its channel and pages the on-call person",
            { Updated: [var updated, ..] } => $"it joined {IncidentKey.Format(updated)}, still open (the same alert)",
            _ => "it changed nothing: the same alert is already firing in an open incident",
        };
        var channel = result.Opened.Count + result.Updated.Count > 0
            ? (await _incidents.GetAsync(result.Opened.Concat(result.Updated).First(), cancellationToken).ConfigureAwait(false))?.State.ChannelName
            : null;
        return new PlaygroundOutcome(true, $"Sent a sample alert from the generic webhook source (\"api returns HTTP 500 on 12% of requests\"): {what}.{deploy}", channel);
    }

    public async Task<PlaygroundOutcome> RecordDeployAsync(Person by, string service, string version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var previous = string.IsNullOrWhiteSpace(service) ? null : (await _changes.LatestAsync(service.Trim(), cancellationToken).ConfigureAwait(false))?.Version;
        var recording = await _recorder.RecordAsync(
            new ChangeRequest(null, service, version, previous, by.Id, "Recorded in the playground", null), cancellationToken).ConfigureAwait(false);
        if (recording.Refusal is { } refused)
        {
            return PlaygroundOutcome.Refused(refused);
        }

        var change = recording.Change!;
        var from = change.Previous is { } before ? $" (from {before})" : " (the first deploy recorded for it)";
        return new PlaygroundOutcome(true, recording.Recorded
            ? $"Recorded a deploy of {change.Service} {change.Version}{from} by {by.Name}."
            : $"That deploy of {change.Service} {change.Version} was recorded already.");
    }

    public Task<PlaygroundDrillRun> RunSeedDrillAsync(CancellationToken cancellationToken = default) => _drill.RunAsync(cancellationToken);

    public void Dispose() => _workspace.ChannelChanged -= OnChannelChanged;

    private void OnChannelChanged(string channelId) => Interlocked.Increment(ref _version);

    /// <summary>
    /// A deploy of <see cref="SampleService"/> twelve minutes before the alert, once a day (its id carries the day), so the
    /// incident card lists a suspect change and Rollback has a previous version; nothing when one is recorded already.
    /// </summary>
    private async Task<string> RecordSampleDeployAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await _changes.LatestAsync(SampleService, cancellationToken).ConfigureAwait(false) is not null)
        {
            return "";
        }

        var day = now.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture);
        var recording = await _recorder.RecordAsync(
            new ChangeRequest($"playground-sample-{day}", SampleService, $"{day}-2", $"{day}-1", "ci", "Sample deploy, recorded with the playground's first sample alert", now.AddMinutes(-12)),
            cancellationToken).ConfigureAwait(false);
        return recording.Recorded ? $" Before it, a sample deploy of {SampleService} {day}-2 (from {day}-1) was recorded, so there is a version to roll back to." : "";
    }

    /// <summary>A generic webhook alert as a monitoring tool would send it, begun three minutes ago.</summary>
    private static byte[] SampleAlert(DateTimeOffset now) => System.Text.Encoding.UTF8.GetBytes(new JsonObject
    {
        ["id"] = "playground-sample-api-5xx",
        ["groupKey"] = "api-5xx",
        ["title"] = "api returns HTTP 500 on 12% of requests",
        ["service"] = SampleService,
        ["severity"] = "sev2",
        ["description"] = "Error rate above 5% for 3 minutes on all production servers (a sample alert sent from the playground).",
        ["startsAt"] = now.AddMinutes(-3).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["link"] = "https://grafana.example.com/d/api-errors",
        ["labels"] = new JsonObject { ["env"] = "production", ["sent_by"] = "playground" },
    }.ToJsonString());

    private PlaygroundMessage View(LocalMessage message) => new(
        message.Id, message.AuthorName, message.FromBot, message.Text, message.At, message.VisibleTo is not null,
        [.. message.Buttons.Select(b => new PlaygroundButton(b.Label, b.ActionId, b.Style.ToString().ToLowerInvariant()))],
        [.. message.Reactions.GroupBy(r => r.Emoji, StringComparer.Ordinal).Select(g => new PlaygroundReaction(Picture(g.Key), [.. g.Select(r => _people.Find(r.PersonId)?.Name ?? r.PersonId)]))],
        message.Attachments);

    /// <summary>A reaction as a chat app shows it: the workspace keeps it by name, as Slack reports it.</summary>
    private static string Picture(string emoji) => emoji switch
    {
        "pushpin" => "📌",
        "+1" or "thumbsup" => "👍",
        "eyes" => "👀",
        "white_check_mark" => "✅",
        _ => $":{emoji}:",
    };

    private static PlaygroundChannelKind KindOf(LocalChannelKind kind) => kind switch
    {
        LocalChannelKind.Incidents => PlaygroundChannelKind.Incidents,
        LocalChannelKind.Reports => PlaygroundChannelKind.Reports,
        LocalChannelKind.Incident => PlaygroundChannelKind.Incident,
        _ => PlaygroundChannelKind.Direct,
    };
}

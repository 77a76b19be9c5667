using IncidentBot.Core;
using IncidentBot.Core.Commands;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Tests.Commands;
using IncidentBot.Core.People;
using IncidentBot.Core.Workflow;
using IncidentBot.Slack.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>
/// The real <see cref="SlackInboundHandler"/> over the real core routers and transcript capture, with
/// in-memory stores, a recording <c>note</c> command, buttons <c>a</c> and <c>ack</c>, and a fake bot.
/// </summary>
internal sealed class InboundWorld
{
    public static readonly DateTimeOffset Now = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

    public InboundWorld()
    {
        var people = new PeopleDirectory([new Person("ada", "Ada Mensah", ChatIds: new Dictionary<string, string> { ["slack"] = "W111" })]);
        var locks = new IncidentLocks();
        var settings = new IncidentSettings { Escalation = new EscalationPolicy(TimeSpan.FromMinutes(5), [["ada"]]) };
        var actors = new ChatActors(people, new InMemoryGuestNameStore(), Time);
        var capture = new TranscriptCapture(Transcript, Incidents, locks, actors, settings);
        var commands = new CommandRouter([Note, Declare], Incidents, locks, actors);
        var buttons = new ButtonRouter([Buttons], actors);
        Events = new SlackEventHandler(capture, commands, Inbox, Bot, Bot, Ephemeral, Time, EventLog);
        Interactions = new SlackInteractionHandler(buttons, capture, Bot, Bot, Responder, Editor, Time, InteractionLog);
        Handler = new SlackInboundHandler(commands, Interactions, Events, Time);
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public InMemoryIncidentStore Incidents { get; } = new();

    public InMemoryTranscriptStore Transcript { get; } = new();

    public InMemoryInboxStore Inbox { get; } = new();

    public RecordingCommand Note { get; } = new("note");

    public RecordingCommand Declare { get; } = new("declare", needsIncident: false);

    public RecordingButtonHandler Buttons { get; } = new("a", "ack");

    public RecordingResponder Responder { get; } = new();

    public RecordingEphemeral Ephemeral { get; } = new();

    public RecordingEditor Editor { get; } = new();

    public FakeSlackBot Bot { get; } = new();

    public RecordingLogger<SlackEventHandler> EventLog { get; } = new();

    public RecordingLogger<SlackInteractionHandler> InteractionLog { get; } = new();

    public SlackEventHandler Events { get; }

    public SlackInteractionHandler Interactions { get; }

    public SlackInboundHandler Handler { get; }

    /// <summary>An open incident whose channel is <paramref name="channelId"/>.</summary>
    public async Task<Incident> OpenIncidentAsync(string channelId = "C111")
    {
        var incident = Incident.Open("Checkout fails", Severity.Sev2, null, Now, Now, "ada");
        await Incidents.AddAsync(incident);
        incident.AttachChannel(channelId, $"inc-{incident.Number}", Now);
        return incident;
    }
}

using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// A subcommand that takes a sentence and puts it on the timeline as one kind of entry, announced in the
/// channel (so the entry links to a message): note, update, root cause, follow-up.
/// </summary>
public abstract class TimelineTextCommand(IncidentResponse response) : IIncidentCommand
{
    public abstract string Name { get; }

    public string Usage => $"{Name} <text>";

    public abstract string Summary { get; }

    public bool NeedsIncident => true;

    public bool OnlyAppends => true;

    protected abstract TimelineKind Kind { get; }

    /// <summary>How the channel is told, e.g. <c>Note</c>.</summary>
    protected abstract string Label { get; }

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Arguments.Length == 0)
        {
            return ChatReply.Of($"Usage: `/incident {Usage}`");
        }

        var incident = context.RequiredIncident;
        incident.Record(Kind, context.Arguments, context.At, context.Actor.Id);
        await response.CommitEntryAsync(incident, new ChatMessage($"*{Label}* from {context.Actor.Name}: {context.Arguments}"), cancellationToken).ConfigureAwait(false);
        await AfterAsync(incident, context, cancellationToken).ConfigureAwait(false);
        return ChatReply.Of($"{Label} recorded on the {incident.Key} timeline.");
    }

    /// <summary>Anything more the command does once the entry is saved.</summary>
    protected virtual Task AfterAsync(Incident incident, CommandContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

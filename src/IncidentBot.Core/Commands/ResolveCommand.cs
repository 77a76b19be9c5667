using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Jobs;
using IncidentBot.Core.People;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// <c>/incident resolve [text]</c> and the Resolve button: ends the incident, lets its unconfirmed rollback requests
/// lapse, asks the channel to confirm what it found in the conversation, and drafts the postmortem.
/// </summary>
public sealed class ResolveCommand(IncidentResponse response, IncidentGate gate, RollbackDesk rollbacks, FindingsReview findings, IJobScheduler scheduler) : IIncidentCommand, IButtonHandler
{
    public const string ButtonActionId = "incident.resolve";

    public string Name => "resolve";

    public string Usage => "resolve [text]";

    public string Summary => "resolves the incident and drafts the postmortem";

    public bool NeedsIncident => true;

    public IReadOnlyCollection<string> ActionIds => [ButtonActionId];

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ResolveAsync(context.RequiredIncident, context.Actor, context.At, context.Arguments, cancellationToken);
    }

    public Task<ChatReply> HandleAsync(ButtonContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return gate.RunAsync(context.Value, incident => ResolveAsync(incident, context.Actor, context.At, null, cancellationToken), cancellationToken);
    }

    private async Task<ChatReply> ResolveAsync(Incident incident, Person actor, DateTimeOffset at, string? text, CancellationToken cancellationToken)
    {
        if (!incident.Resolve(actor.Id, at, text))
        {
            return ChatReply.Of($"{incident.Key} is already resolved.");
        }

        var revision = incident.RequestPostmortem();
        var because = string.IsNullOrWhiteSpace(text) ? "" : $": {text.Trim()}";
        await response.CommitAsync(incident, $"*{actor.Name}* resolved {incident.Key}{because}. Drafting the postmortem…", cancellationToken).ConfigureAwait(false);
        await rollbacks.LapseRequestsAsync(incident, $"{incident.Key} was resolved", at, cancellationToken).ConfigureAwait(false);
        await findings.AskAsync(incident, cancellationToken).ConfigureAwait(false);
        scheduler.EnqueuePostmortem(incident.Number, revision);
        return ChatReply.Of($"{incident.Key} is resolved; the postmortem draft follows.");
    }
}

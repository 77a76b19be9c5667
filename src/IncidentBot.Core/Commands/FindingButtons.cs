using IncidentBot.Core.Chat;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>Confirm and Not the root cause (or Drop) under a finding the bot asked about (<see cref="FindingsReview"/>).</summary>
public sealed class FindingButtons(IncidentGate gate, FindingsReview review) : IButtonHandler
{
    public IReadOnlyCollection<string> ActionIds => [FindingPrompts.ConfirmActionId, FindingPrompts.RejectActionId];

    public Task<ChatReply> HandleAsync(ButtonContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!FindingPrompts.TryReadButtonValue(context.Value, out var incidentNumber, out var findingId))
        {
            return Task.FromResult(ChatReply.Of("This button does not belong to a finding."));
        }

        var confirmed = context.ActionId == FindingPrompts.ConfirmActionId;
        return gate.RunAsync(incidentNumber, incident => review.DecideAsync(incident, findingId, confirmed, context.Actor, context.At, cancellationToken), cancellationToken);
    }
}

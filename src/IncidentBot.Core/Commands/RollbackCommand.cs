using System.Text.RegularExpressions;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Commands;

/// <summary>
/// <c>/incident rollback &lt;service&gt; [to &lt;version&gt;]</c>, the card's Rollback button, and the
/// Confirm/Cancel buttons of the rollback prompt.
/// </summary>
public sealed partial class RollbackCommand(RollbackDesk desk, IRollbackStore rollbacks, IncidentGate gate) : IIncidentCommand, IButtonHandler
{
    public const string CardButtonActionId = "incident.rollback";
    public const string ConfirmActionId = "rollback.confirm";
    public const string CancelActionId = "rollback.cancel";

    public string Name => "rollback";

    public string Usage => "rollback <service> [to <version>]";

    public string Summary => "rolls a service back to its previous (or a named) version, after confirmation";

    public bool NeedsIncident => true;

    public IReadOnlyCollection<string> ActionIds => [CardButtonActionId, ConfirmActionId, CancelActionId];

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var match = Arguments().Match(context.Arguments);
        return match.Success
            ? desk.RequestAsync(context.RequiredIncident, match.Groups["service"].Value, match.Groups["version"] is { Success: true } v ? v.Value : null, context.Actor, context.At, cancellationToken)
            : Task.FromResult(ChatReply.Of($"Usage: `/incident {Usage}`"));
    }

    public async Task<ChatReply> HandleAsync(ButtonContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActionId == CardButtonActionId)
        {
            return await gate.RunAsync(
                context.Value,
                incident => incident.State.Service is { } service
                    ? desk.RequestAsync(incident, service, null, context.Actor, context.At, cancellationToken)
                    : Task.FromResult(ChatReply.Of($"Name the service: `/incident {Usage}`")),
                cancellationToken).ConfigureAwait(false);
        }

        var found = await rollbacks.GetAsync(context.Value, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return ChatReply.Of("This rollback request no longer exists.");
        }

        return await gate.RunAsync(
            found.IncidentNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            async incident =>
            {
                var rollback = await rollbacks.GetAsync(found.Id, cancellationToken).ConfigureAwait(false) ?? found;
                return context.ActionId == ConfirmActionId
                    ? await desk.ConfirmAsync(incident, rollback, context.Actor, context.At, cancellationToken).ConfigureAwait(false)
                    : await desk.CancelAsync(incident, rollback, context.Actor, context.At, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"^(?<service>[A-Za-z0-9._-]+)(?:\s+to\s+(?<version>\S+))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Arguments();
}

using System.Globalization;

namespace IncidentBot.Core.Outbox;

/// <summary>
/// The id the core knows a message by while it waits in the outbox (<c>ob-42</c>), before the platform gives it one
/// of its own; every platform uses the same form, and maps it to the platform's id once the message is delivered.
/// </summary>
public static class OutboxMessageId
{
    public const string Prefix = "ob-";

    public static string Of(long outboxId) => Prefix + outboxId.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string messageId, out long outboxId)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        outboxId = 0;
        return messageId.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(messageId.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out outboxId);
    }
}

using IncidentBot.Core.Workflow;

namespace IncidentBot.Core.Outbox;

/// <summary>One lock per delivery lane, so two jobs never deliver the same lane at once (order, once).</summary>
public sealed class OutboxLanes : KeyedLocks<string>;

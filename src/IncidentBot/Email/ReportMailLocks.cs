using IncidentBot.Core.Workflow;

namespace IncidentBot.Email;

/// <summary>One lock per mail's idempotence key, so two runs of the same mail's job cannot both find it unsent and send it.</summary>
public sealed class ReportMailLocks : KeyedLocks<string>;

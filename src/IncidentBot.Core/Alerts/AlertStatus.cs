namespace IncidentBot.Core.Alerts;

/// <summary>Whether an alert is still firing, has resolved, or its source cannot tell.</summary>
public enum AlertStatus
{
    Firing,
    Resolved,

    /// <summary>
    /// The source cannot tell whether the condition holds (CloudWatch's <c>INSUFFICIENT_DATA</c>, Datadog's
    /// <c>[No Data]</c>): not a resolve, since the impact may go on unseen, and not a new firing. It is written on the
    /// open incident of its group, keeps that incident from counting as mitigated, and opens nothing by itself.
    /// </summary>
    Unknown,
}

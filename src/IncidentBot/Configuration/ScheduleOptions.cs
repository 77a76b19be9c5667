namespace IncidentBot.Configuration;

/// <summary>One entry of <c>OnCall:Schedules</c>: a time zone and layers of rotations, the later covering the earlier.</summary>
public sealed class ScheduleOptions
{
    /// <summary>The IANA zone (<c>Europe/Berlin</c>) hand-offs are read in; DST-correct.</summary>
    public string Zone { get; set; } = "UTC";

    public List<ScheduleLayerOptions> Layers { get; set; } = [];
}

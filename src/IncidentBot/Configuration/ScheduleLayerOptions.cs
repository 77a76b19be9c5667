namespace IncidentBot.Configuration;

/// <summary>
/// One layer of a schedule (<c>OnCall:Schedules:&lt;name&gt;:Layers:&lt;n&gt;</c>): <see cref="People"/> take turns of
/// <see cref="Rotation"/>, the first from <see cref="Start"/> at <see cref="HandOff"/>; with <see cref="Days"/> or
/// <see cref="From"/>/<see cref="To"/>, only inside that window.
/// </summary>
public sealed class ScheduleLayerOptions
{
    public string? Name { get; set; }

    /// <summary>Person ids, in turn order.</summary>
    public List<string> People { get; set; } = [];

    /// <summary><c>daily</c>, <c>weekly</c>, or a count and unit: <c>12h</c>, <c>3d</c>, <c>2w</c>.</summary>
    public string Rotation { get; set; } = "weekly";

    /// <summary>The day of the first turn, <c>yyyy-MM-dd</c>.</summary>
    public string Start { get; set; } = "";

    /// <summary>The wall-clock time turns change hands, <c>HH:mm</c>.</summary>
    public string HandOff { get; set; } = "09:00";

    /// <summary>The days the layer is on duty (<c>Mon</c> … <c>Sun</c>); empty: every day.</summary>
    public List<string> Days { get; set; } = [];

    /// <summary>When the layer's daily window opens, <c>HH:mm</c>; with no window, all day.</summary>
    public string? From { get; set; }

    /// <summary>When it closes, <c>HH:mm</c>; not after <see cref="From"/> runs overnight.</summary>
    public string? To { get; set; }
}

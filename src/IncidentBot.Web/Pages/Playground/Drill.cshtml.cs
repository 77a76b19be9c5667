using IncidentBot.Core;
using IncidentBot.Core.Time;
using IncidentBot.Web.Playground;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncidentBot.Web.Pages.Playground;

/// <summary>
/// What the seed drill's last run produced (<see cref="IPlaygroundWorkspace.RunSeedDrillAsync"/>): its postmortem and
/// its incident channel, rendered as reports are (Markdig, raw HTML shown as text, unsafe links removed).
/// </summary>
public sealed class DrillModel(IPlaygroundWorkspace workspace, IncidentSettings settings) : PageModel
{
    public const string Path = "/playground/drill";

    public PlaygroundDrillRun? Run { get; private set; }

    public DisplayZone Zone => settings.Zone;

    public void OnGet()
    {
        Run = workspace.LastDrillRun;
    }
}

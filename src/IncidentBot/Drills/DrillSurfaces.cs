namespace IncidentBot.Drills;

/// <summary>The platforms a drill can imitate.</summary>
public static class DrillSurfaces
{
    public static readonly IReadOnlyList<string> Names = ["slack", "teams"];

    public static IDrillSurface For(string platform) => platform switch
    {
        "slack" => new SlackDrillSurface(),
        "teams" => new TeamsDrillSurface(),
        _ => throw new DrillException($"drill: platform '{platform}' is not {string.Join(" or ", Names)}"),
    };
}

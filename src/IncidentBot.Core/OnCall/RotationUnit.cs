namespace IncidentBot.Core.OnCall;

/// <summary>The unit of a <see cref="RotationLength"/>.</summary>
public enum RotationUnit
{
    Hours,
    Days,
    Weeks,
}

using IncidentBot.Core.Changes;

namespace IncidentBot.Deploys;

/// <summary>What <see cref="ChangeRecorder"/> did: recorded the change (false for a repeat, already kept), or refused it and why.</summary>
public sealed record ChangeRecording(bool Recorded, ChangeEvent? Change, string? Refusal)
{
    public static ChangeRecording Refused(string refusal) => new(false, null, refusal);
}

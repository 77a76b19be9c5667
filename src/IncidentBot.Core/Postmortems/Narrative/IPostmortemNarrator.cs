namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// Writes the postmortem's "what happened" in prose, every sentence resting on cited messages of the
/// conversation. Optional: without one the composer's draft is the deterministic one, unchanged. The core
/// knows no model vendor; the host registers an implementation only when <c>Postmortem:Model</c> is set.
/// </summary>
public interface IPostmortemNarrator
{
    /// <summary>The checked sentences, or <c>null</c> when there is nothing to add (no model answer, or none survived).</summary>
    Task<CheckedNarrative?> NarrateAsync(PostmortemInput input, CancellationToken cancellationToken = default);
}

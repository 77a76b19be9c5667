namespace IncidentBot.Configuration;

/// <summary>
/// The <c>Postmortem</c> section: the optional language model that writes the Summary's "what happened"
/// (docs/postmortem-model.md). Off while <see cref="Model"/> is empty; then no model client exists at all.
/// </summary>
public sealed class PostmortemOptions
{
    public const string SectionName = "Postmortem";

    /// <summary>The model's name at the endpoint (<c>gpt-4o-mini</c>, <c>llama3.1</c>); empty turns the narrative off.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// An OpenAI-compatible API: https, or http on loopback only (a local Ollama is <c>http://localhost:11434/v1/</c>).
    /// Empty means OpenAI's own endpoint, which needs <see cref="ApiKey"/>.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The endpoint's key; a local model needs none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a draft waits for the model before it goes out without the narrative.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Model);
}

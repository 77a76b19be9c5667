using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// Asks a language model (any <see cref="IChatClient"/>: an OpenAI-compatible endpoint or a local Ollama,
/// wired by the host) for the postmortem's "what happened" sentences, then keeps only those that pass
/// <see cref="SentenceCheck"/>. A model that is slow, fails or answers nonsense costs nothing but its
/// sentences: the draft stays the deterministic one. Logs what it dropped and why, never the conversation.
/// </summary>
public sealed partial class ModelNarrator(IChatClient client, TimeSpan timeout, TimeProvider time, ILogger<ModelNarrator> log) : IPostmortemNarrator
{
    public async Task<CheckedNarrative?> NarrateAsync(PostmortemInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transcript = new NarrativeTranscript(input.Transcript, input.Zone);
        if (!transcript.Visible.Any())
        {
            return null;
        }

        var facts = NarrativeFacts.Lines(input);
        var answer = await AskAsync(input.Incident.Key, NarrativePrompt.Messages(facts, transcript), cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            return null;
        }

        var check = new SentenceCheck(transcript, facts);
        var lines = NarrativeAnswer.Lines(answer);
        if (lines.Count > NarrativeAnswer.MaxLines)
        {
            Log.AnswerTooLong(log, input.Incident.Key, NarrativeAnswer.MaxLines);
            return null;
        }

        var kept = new List<NarrativeSentence>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (sentence, refusal) = check.Check(lines[i]);
            if (sentence is null)
            {
                Log.SentenceDropped(log, input.Incident.Key, i + 1, refusal!);
            }
            else
            {
                kept.Add(sentence);
            }
        }

        Log.Kept(log, input.Incident.Key, kept.Count, lines.Count);
        return kept.Count == 0 ? null : new CheckedNarrative(kept);
    }

    private async Task<string?> AskAsync(string incident, List<ChatMessage> prompt, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            // WaitAsync as well as the token: a client that ignores cancellation still cannot hold the draft up.
            var response = await client.GetResponseAsync(prompt, new ChatOptions { Temperature = 0f }, linked.Token)
                .WaitAsync(linked.Token).ConfigureAwait(false);
            return response.Text;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TimedOut(log, incident, timeout);
            return null;
        }
        // Any failure of the model (HTTP, protocol, a provider's own exception types) must leave the
        // deterministic draft; the core cannot name the adapter's exception types, so it catches them all.
#pragma warning disable CA1031
        catch (Exception error) when (error is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.Failed(log, incident, error.GetType().Name);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Postmortem model for {Incident}: no answer within {Timeout}; the deterministic draft stays")]
        public static partial void TimedOut(ILogger logger, string incident, TimeSpan timeout);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Postmortem model for {Incident} failed ({Error}); the deterministic draft stays")]
        public static partial void Failed(ILogger logger, string incident, string error);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Postmortem model for {Incident}: answer longer than {MaxLines} lines, dropped whole")]
        public static partial void AnswerTooLong(ILogger logger, string incident, int maxLines);

        [LoggerMessage(Level = LogLevel.Information, Message = "Postmortem model for {Incident}: dropped sentence {Line}: {Reason}")]
        public static partial void SentenceDropped(ILogger logger, string incident, int line, string reason);

        [LoggerMessage(Level = LogLevel.Information, Message = "Postmortem model for {Incident}: kept {Kept} of {Written} sentences")]
        public static partial void Kept(ILogger logger, string incident, int kept, int written);
    }
}

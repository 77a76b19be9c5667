using Microsoft.Extensions.AI;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// What the model is asked (docs/postmortem-model.md quotes it): the recorded facts and the numbered
/// conversation, and a strict answer format of one sentence per line ending in its citations.
/// </summary>
internal static class NarrativePrompt
{
    public const string Instructions = """
        You write the "what happened" paragraph of an incident postmortem from the facts and the chat messages you are given.
        Rules:
        - Write 2 to 6 plain English sentences, in the order things happened.
        - Put each sentence on its own line, and end every line with the ids of the messages it rests on, like: The rollback finished at 10:20. [m4][m7]
        - Cite only ids from the messages below. Every time, number and name you write must appear in the cited messages or in the facts.
        - Do not guess causes nobody stated. Do not mention people who are not in the facts or the messages.
        - No Markdown, no HTML, no links, no @-mentions, no lists, no headings, nothing before or after the sentences.
        """;

    public static List<ChatMessage> Messages(IReadOnlyList<string> facts, NarrativeTranscript transcript) =>
    [
        new(ChatRole.System, Instructions),
        new(ChatRole.User, string.Join('\n', new[] { "Facts:" }
            .Concat(facts.Select(f => "- " + f))
            .Append("")
            .Append("Messages:")
            .Concat(transcript.Visible.Select(v => transcript.Line(v.Id, v.Message))))),
    ];
}

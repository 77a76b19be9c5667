using System.Globalization;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Time;

namespace IncidentBot.Core.Postmortems.Narrative;

/// <summary>
/// The conversation as the model sees it: every message numbered <c>m1</c>, <c>m2</c> … oldest first, so a
/// sentence can cite it by a short id. Deleted messages keep their number (a citation of one is recognised
/// and refused) but are never shown to the model.
/// </summary>
internal sealed class NarrativeTranscript
{
    private readonly Dictionary<string, TranscriptMessage> _byId = new(StringComparer.Ordinal);

    public NarrativeTranscript(IReadOnlyList<TranscriptMessage> messages, DisplayZone zone)
    {
        Zone = zone;
        var ordered = messages.OrderBy(m => m.At).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            _byId.Add(string.Create(CultureInfo.InvariantCulture, $"m{i + 1}"), ordered[i]);
        }
    }

    public DisplayZone Zone { get; }

    /// <summary>The messages the model is shown, with their ids: not deleted, oldest first.</summary>
    public IEnumerable<(string Id, TranscriptMessage Message)> Visible =>
        _byId.Where(pair => !pair.Value.Deleted).Select(pair => (pair.Key, pair.Value));

    public TranscriptMessage? Find(string id) => _byId.GetValueOrDefault(id);

    public static string Author(TranscriptMessage message) =>
        message.FromBot || string.IsNullOrWhiteSpace(message.AuthorName) ? "IncidentBot" : message.AuthorName;

    /// <summary><c>[m12] 10:14 Kofi Boateng: text</c>, on one line.</summary>
    public string Line(string id, TranscriptMessage message) =>
        $"[{id}] {Zone.FormatTime(message.At)} {MarkdownText.OneLine(Author(message))}: {MarkdownText.OneLine(message.Text)}";
}

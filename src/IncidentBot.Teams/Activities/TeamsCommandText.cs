using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentBot.Teams.Activities;

/// <summary>
/// Reads the text of a message typed to the bot. Teams writes each @mention as <c>&lt;at&gt;Name&lt;/at&gt;</c> in the
/// text with a <c>mention</c> entity naming who it is; the bot's own mention is found by the entity's id, never by
/// the name (anyone may be called "IncidentBot"), and dropped; other people's mentions become
/// <c>&lt;@id|Name&gt;</c>, as Slack writes them for the core's commands. HTML entities (<c>&amp;amp;</c>,
/// <c>&amp;nbsp;</c>) are decoded and runs of spaces made one.
/// </summary>
public static partial class TeamsCommandText
{
    /// <summary>What the command text reads, whether it mentioned the bot, and the other people mentioned, in order.</summary>
    public static (string Text, bool MentionsBot, IReadOnlyList<TeamsMention> Mentions) Read(string text, IReadOnlyList<TeamsEntity> entities, Func<string, bool> isBot)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(isBot);
        var unused = entities.Where(e => e.IsMention).ToList();
        var read = new StringBuilder(text.Length);
        var mentions = new List<TeamsMention>();
        var mentionsBot = false;
        var position = 0;
        foreach (Match tag in AtTag().Matches(text))
        {
            read.Append(WebUtility.HtmlDecode(text[position..tag.Index]));
            position = tag.Index + tag.Length;
            var name = WebUtility.HtmlDecode(tag.Groups["name"].Value).Trim();
            if (Take(unused, tag.Value, name) is not { Mentioned.Id: { } id } entity)
            {
                read.Append(name);
            }
            else if (isBot(id))
            {
                mentionsBot = true;
                read.Append(' ');
            }
            else
            {
                var mention = new TeamsMention(id, entity.Mentioned.Name is { Length: > 0 } known ? known : name);
                mentions.Add(mention);
                read.Append("<@").Append(id).Append('|').Append(mention.Name.Replace(">", "", StringComparison.Ordinal)).Append('>');
            }
        }

        read.Append(WebUtility.HtmlDecode(text[position..]));
        return (Tidy(read.ToString()), mentionsBot, mentions);
    }

    /// <summary>
    /// The first mention entity not yet taken whose text is this tag (Teams sometimes writes <c>&lt;at&gt;@Name&lt;/at&gt;</c>
    /// in the entity and not in the text), else whose name is the tag's.
    /// </summary>
    private static TeamsEntity? Take(List<TeamsEntity> unused, string tag, string name)
    {
        var found = unused.FirstOrDefault(e => Same(e.Text, tag))
            ?? unused.FirstOrDefault(e => string.Equals(e.Mentioned?.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (found is not null)
        {
            unused.Remove(found);
        }

        return found;
    }

    private static bool Same(string? entityText, string tag) =>
        entityText is not null && string.Equals(Normalize(entityText), Normalize(tag), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string tag) =>
        AtTag().Match(tag) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["name"].Value).Trim().TrimStart('@') : tag;

    /// <summary>Spaces (no-break ones too) made one, each line and the whole trimmed.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return string.Join('\n', lines).Trim();
    }

    [GeneratedRegex(@"<at(?:\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"[ \t\u00A0\u2007\u202F]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

using System.Text.RegularExpressions;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Commands;

/// <summary>
/// Finds the person a command names: <c>@ada</c> (person id), or a platform mention such as Slack's
/// <c>&lt;@U024BE7LH&gt;</c> or <c>&lt;@U024BE7LH|ada&gt;</c>, or one whose id carries its kind before a colon, as Teams
/// user ids do (<c>&lt;@29:1a2B-c3|Ada&gt;</c>). The id is looked up among the accounts of the platform the command
/// came from, so no platform needs a rule of its own here.
/// </summary>
public static partial class Mentions
{
    public static Person? Resolve(string token, string platform, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(people);
        var match = Pattern().Match(token.Trim());
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        return people.FindByChatId(platform, id) ?? people.Find(id);
    }

    /// <summary>
    /// What to answer when <paramref name="token"/> names nobody the bot knows: for a platform mention, that the person
    /// mentioned is not one of the bot's people (they can be added with their email); else that the name is unknown.
    /// </summary>
    public static string Unknown(string token, string usage)
    {
        ArgumentNullException.ThrowIfNull(token);
        var trimmed = token.Trim();
        var mention = NamedMention().Match(trimmed);
        return mention.Success
            ? $"{mention.Groups["name"].Value} is not one of IncidentBot's people, so they cannot be paged or named here: ask an admin to add them to People (with their email)."
            : $"I don't know who `{trimmed}` is. Usage: `/incident {usage}`";
    }

    /// <summary><c>&lt;@id&gt;</c> or <c>&lt;@id|name&gt;</c>, the id optionally after a kind of at most two digits (<c>29:</c>), or <c>@id</c>.</summary>
    [GeneratedRegex(@"^(?:<@(?<id>(?:[0-9]{1,2}:)?[A-Za-z0-9._-]+)(?:\|[^>]*)?>|@(?<id>[A-Za-z0-9._-]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^<@[^|>\s]+\|(?<name>[^>]+)>$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMention();
}

using System.Text.RegularExpressions;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Commands;

/// <summary>
/// Finds the person a command names: <c>@ada</c> (person id), or a platform mention such as Slack's
/// <c>&lt;@U024BE7LH&gt;</c> or <c>&lt;@U024BE7LH|ada&gt;</c>. On Teams a user's id carries its kind before a colon
/// (<c>&lt;@29:1a2B-c3|Ada&gt;</c>, <c>29:</c> for a user), so only there is a prefixed id a mention; a Slack mention
/// with a colon is no mention.
/// </summary>
public static partial class Mentions
{
    /// <summary>The platform whose user ids are prefixed (<c>29:…</c>); the name its people's <c>ChatIds</c> use.</summary>
    public const string PrefixedIdPlatform = "teams";

    public static Person? Resolve(string token, string platform, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(people);
        var trimmed = token.Trim();
        var match = Pattern().Match(trimmed);
        if (!match.Success && platform == PrefixedIdPlatform)
        {
            match = PrefixedPattern().Match(trimmed);
        }

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

    [GeneratedRegex(@"^(?:<@(?<id>[A-Za-z0-9._-]+)(?:\|[^>]*)?>|@(?<id>[A-Za-z0-9._-]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>A Teams user mention: <c>&lt;@29:…|Name&gt;</c>, the kind a number of at most two digits.</summary>
    [GeneratedRegex(@"^<@(?<id>[0-9]{1,2}:[A-Za-z0-9._-]+)(?:\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedPattern();

    [GeneratedRegex(@"^<@[^|>\s]+\|(?<name>[^>]+)>$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMention();
}

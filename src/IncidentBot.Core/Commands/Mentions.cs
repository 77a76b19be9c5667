using System.Text.RegularExpressions;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Commands;

/// <summary>
/// Finds the person a command names: <c>@ada</c> (person id), or a platform mention such as Slack's
/// <c>&lt;@U024BE7LH&gt;</c> or <c>&lt;@U024BE7LH|ada&gt;</c>.
/// </summary>
public static partial class Mentions
{
    public static Person? Resolve(string token, string platform, IPeopleDirectory people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var match = Pattern().Match(token.Trim());
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups["id"].Value;
        return people.FindByChatId(platform, id) ?? people.Find(id);
    }

    [GeneratedRegex(@"^(?:<@(?<id>[A-Za-z0-9._-]+)(?:\|[^>]*)?>|@(?<id>[A-Za-z0-9._-]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

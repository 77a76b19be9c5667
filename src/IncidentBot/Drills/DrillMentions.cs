using System.Text.RegularExpressions;
using IncidentBot.Core.People;

namespace IncidentBot.Drills;

/// <summary>The <c>@id</c> mentions of people in what a drill has someone type.</summary>
public static partial class DrillMentions
{
    /// <summary><paramref name="typed"/> with each <c>@id</c> of a known person replaced by <paramref name="mention"/>'s form of it, and the text between escaped by <paramref name="escape"/>.</summary>
    public static string Replace(string typed, IPeopleDirectory people, Func<Person, string> mention, Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(people);
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match match in Mention().Matches(typed))
        {
            if (people.Find(match.Groups["id"].Value) is not { } person)
            {
                continue;
            }

            text.Append(escape(typed[at..match.Index])).Append(mention(person));
            at = match.Index + match.Length;
        }

        return text.Append(escape(typed[at..])).ToString();
    }

    /// <summary>The people <paramref name="typed"/> mentions, in order.</summary>
    public static IReadOnlyList<Person> Of(string typed, IPeopleDirectory people) =>
        [.. Mention().Matches(typed).Select(m => people.Find(m.Groups["id"].Value)).OfType<Person>()];

    [GeneratedRegex(@"(?<![\w@])@(?<id>[A-Za-z0-9._-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}

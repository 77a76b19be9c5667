using System.Globalization;
using System.Text;

namespace IncidentBot.Teams.Graph;

/// <summary>
/// Channel display names Teams accepts: at most <see cref="MaxLength"/> characters, none of
/// <c>~ # % &amp; * { } + / \ : &lt; &gt; ? | ' "</c> (nor control characters), not starting with <c>_</c> or
/// <c>.</c> and not ending with <c>.</c> (<see href="https://learn.microsoft.com/graph/api/channel-post"/>). The core's
/// incident channel name (<c>inc-12-checkout-down</c>) is made to fit, and a taken name gets a suffix as on Slack.
/// </summary>
public static class TeamsChannelNames
{
    public const int MaxLength = 50;

    private const string Forbidden = "~#%&*{}+/\\:<>?|'\"";

    /// <summary><paramref name="name"/> as a channel name: forbidden characters become dashes, cut to fit at a dash where it can.</summary>
    public static string Of(string name) => Fit(Clean(name), MaxLength);

    /// <summary>The <paramref name="attempt"/>th name to try (1: <paramref name="name"/> itself; then <c>-2</c>, <c>-3</c> …), still within <see cref="MaxLength"/>.</summary>
    public static string WithSuffix(string name, int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var clean = Clean(name);
        if (attempt == 1)
        {
            return Fit(clean, MaxLength);
        }

        var suffix = "-" + attempt.ToString(CultureInfo.InvariantCulture);
        return Fit(clean, MaxLength - suffix.Length) + suffix;
    }

    private static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(Forbidden.Contains(c, StringComparison.Ordinal) || char.IsControl(c) ? '-' : c);
        }

        var clean = builder.ToString().Trim().TrimStart('_', '.', '-').TrimEnd('.', '-');
        return clean.Length == 0 ? "incident" : clean;
    }

    private static string Fit(string name, int maxLength)
    {
        if (name.Length <= maxLength)
        {
            return name;
        }

        var cut = name[..maxLength];
        var lastDash = cut.LastIndexOf('-');
        cut = lastDash > maxLength / 2 ? cut[..lastDash] : cut;
        return cut.TrimEnd('.', '-', ' ');
    }
}

using System.Globalization;
using System.Text;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Workflow;

/// <summary>Incident channel names: <c>inc-&lt;n&gt;-&lt;slug&gt;</c>, lowercase, letters, digits and dashes, at most 80 characters.</summary>
public static class ChannelNames
{
    public const int MaxLength = 80;

    public static string For(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"inc-{incident.Number}");
        var slug = Slug(incident.State.Title, MaxLength - prefix.Length - 1);
        return slug.Length == 0 ? prefix : $"{prefix}-{slug}";
    }

    /// <summary>Lowercase ASCII words joined by dashes, cut at a word boundary to <paramref name="maxLength"/>.</summary>
    public static string Slug(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (Ligature(c) is { } spelled)
            {
                builder.Append(spelled);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = slug[..maxLength];
        var lastDash = cut.LastIndexOf('-');
        return (lastDash > maxLength / 2 ? cut[..lastDash] : cut).Trim('-');
    }

    /// <summary>Letters that Unicode does not decompose into ASCII, spelled the way their languages do.</summary>
    private static string? Ligature(char c) => char.ToLowerInvariant(c) switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' => "d",
        'ł' => "l",
        'þ' => "th",
        _ => null,
    };
}

using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Core.Alerts;

/// <summary>
/// Derives an alert identity when the source sends none. The value must be the same on every delivery and
/// every machine, so it is a SHA-256 over the parts (never <see cref="string.GetHashCode()"/>, which is
/// randomized per process), shortened to 16 hex digits like Alertmanager's own fingerprints.
/// </summary>
internal static class AlertFingerprint
{
    /// <summary>A hash of the labels, independent of the order the source listed them in.</summary>
    public static string FromLabels(IReadOnlyDictionary<string, string> labels) =>
        FromParts(labels.OrderBy(label => label.Key, StringComparer.Ordinal)
            .SelectMany(label => new[] { label.Key, label.Value }));

    /// <summary>The longest group key kept as given; a longer one keeps its start and gets a hash of the whole.</summary>
    public const int LongestKey = 200;

    /// <summary>
    /// <paramref name="key"/> as given, or, when longer than <see cref="LongestKey"/>, its start and a hash of all
    /// of it: keys are indexed, and Alertmanager's group keys (route matchers and every group-by label) can run
    /// past what the database indexes (about 1 KB), which used to fail the delivery.
    /// </summary>
    public static string Bounded(string key) =>
        key.Length <= LongestKey ? key : $"{key[..(LongestKey - 33)]}#{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}";

    /// <summary>A hash of the parts in order; a missing part counts as empty.</summary>
    public static string FromParts(IEnumerable<string?> parts)
    {
        StringBuilder text = new();
        foreach (string? part in parts)
        {
            // Length-prefixed so that ("ab", "c") and ("a", "bc") differ.
            text.Append(part?.Length ?? 0).Append(':').Append(part).Append(';');
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash)[..16];
    }
}

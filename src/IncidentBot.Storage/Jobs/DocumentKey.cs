using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Storage.Jobs;

/// <summary>
/// The <c>_id</c> of a document that one key (or key and value) names: a hash of the exact strings. LiteDB
/// compares string keys with the file's collation (case-insensitive, and blind to some characters), while
/// Hangfire's keys are exact; and a seek by <c>_id</c> stays fast inside a write transaction, where a seek on
/// a secondary index that the same transaction writes to is slow in LiteDB 5.
/// </summary>
internal static class DocumentKey
{
    public static string Of(string key) => Hash([key]);

    public static string Of(string key, string value) => Hash([key, value]);

    private static string Hash(string[] parts)
    {
        // Each part is length-prefixed, so ("ab", "c") and ("a", "bc") never share a key.
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Length).Append(':').Append(part);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}

using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IncidentBot.Teams.Auth;

/// <summary>
/// Reads the Bot Framework's non-standard <c>endorsements</c> JWK member: the channels (<c>msteams</c>, …) a key may
/// sign for (BFC <c>endorsementsValidator.js</c>). Microsoft.IdentityModel keeps members it does not know in
/// <see cref="JsonWebKey.AdditionalData"/>, an array as a <see cref="JsonElement"/>; a key without the member, or with
/// anything but strings in it, endorses nothing.
/// </summary>
internal static class SigningKeyEndorsements
{
    public const string MemberName = "endorsements";

    public static bool Endorses(JsonWebKey key, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrEmpty(channelId) || !key.AdditionalData.TryGetValue(MemberName, out var value))
        {
            return false;
        }

        return Read(value).Contains(channelId, StringComparer.Ordinal);
    }

    private static IEnumerable<string> Read(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!),
        string => [],
        IEnumerable items => items.OfType<string>(),
        _ => [],
    };
}

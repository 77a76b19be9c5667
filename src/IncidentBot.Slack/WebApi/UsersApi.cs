using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// <see href="https://docs.slack.dev/reference/methods/users.info">users.info</see> and
/// <see href="https://docs.slack.dev/reference/methods/users.lookupByEmail">users.lookupByEmail</see>; neither
/// accepts JSON, so both are form-encoded.
/// </summary>
public sealed class UsersApi(SlackApiTransport transport)
{
    public static readonly SlackMethod InfoMethod = new("users.info", SlackBodyEncoding.Form);
    public static readonly SlackMethod LookupByEmailMethod = new("users.lookupByEmail", SlackBodyEncoding.Form);

    public async Task<SlackUser> InfoAsync(string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        var response = await transport.CallAsync(InfoMethod, new JsonObject { ["user"] = user }, cancellationToken).ConfigureAwait(false);
        return UserOf(response, InfoMethod.Name);
    }

    /// <summary>Finds a user by email; none fails with <c>users_not_found</c>.</summary>
    public async Task<SlackUser> LookupByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(email);
        var response = await transport.CallAsync(LookupByEmailMethod, new JsonObject { ["email"] = email }, cancellationToken).ConfigureAwait(false);
        return UserOf(response, LookupByEmailMethod.Name);
    }

    private static SlackUser UserOf(JsonObject response, string method) => new(
        SlackResponse.Required(response, method, "user", "id"),
        SlackResponse.Optional(response, "user", "name"),
        SlackResponse.Optional(response, "user", "real_name") ?? SlackResponse.Optional(response, "user", "profile", "real_name"),
        SlackResponse.Optional(response, "user", "profile", "email"),
        SlackResponse.Flag(response, "user", "is_bot"));
}

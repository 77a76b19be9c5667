using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary><c>users.info</c>, <c>users.lookupByEmail</c>, <c>auth.test</c> and <c>apps.connections.open</c>.</summary>
internal sealed class FakeIdentityMethods(FakeSlackWorkspace workspace, Func<Uri> socketModeUrl)
{
    public IEnumerable<KeyValuePair<string, Func<FakeSlackCall, JsonObject>>> Handlers =>
    [
        new("users.info", Info),
        new("users.lookupByEmail", LookupByEmail),
        new("auth.test", Test),
        new("apps.connections.open", OpenConnection),
    ];

    private JsonObject Info(FakeSlackCall call) =>
        new() { ["ok"] = true, ["user"] = FakeSlackWorkspace.UserJson(workspace.User(call.Arg("user"))) };

    private JsonObject LookupByEmail(FakeSlackCall call)
    {
        var email = call.Arg("email");
        var user = workspace.Users.Values.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))
            ?? throw new FakeSlackError("users_not_found");
        return new JsonObject { ["ok"] = true, ["user"] = FakeSlackWorkspace.UserJson(user) };
    }

    private JsonObject Test(FakeSlackCall call) => new()
    {
        ["ok"] = true,
        ["url"] = FakeSlackServer.WorkspaceUrl,
        ["team"] = FakeSlackServer.TeamName,
        ["user"] = FakeSlackServer.BotName,
        ["team_id"] = FakeSlackServer.TeamId,
        ["user_id"] = FakeSlackServer.BotUserId,
        ["bot_id"] = FakeSlackServer.BotId,
        ["is_enterprise_install"] = false,
    };

    private JsonObject OpenConnection(FakeSlackCall call) => new() { ["ok"] = true, ["url"] = socketModeUrl().AbsoluteUri };
}

using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary><c>pins.add</c>, <c>bookmarks.add</c> and <c>views.open</c> on the fake workspace.</summary>
internal sealed class FakeChannelItemMethods(FakeSlackWorkspace workspace)
{
    public IEnumerable<KeyValuePair<string, Func<FakeSlackCall, JsonObject>>> Handlers =>
    [
        new("pins.add", AddPin),
        new("bookmarks.add", AddBookmark),
        new("views.open", OpenView),
    ];

    private JsonObject AddPin(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel"), openDirectMessage: false);
        var ts = call.Arg("timestamp") ?? throw new FakeSlackError("no_item_specified");
        var message = FakeSlackWorkspace.Message(channel, ts);
        if (channel.Pins.Contains(message.Ts))
        {
            throw new FakeSlackError("already_pinned");
        }

        channel.Pins.Add(message.Ts);
        return new JsonObject { ["ok"] = true };
    }

    private JsonObject AddBookmark(FakeSlackCall call)
    {
        var channel = workspace.Channel(call.Arg("channel_id"), openDirectMessage: false);
        if (call.Arg("type") != "link")
        {
            throw new FakeSlackError("invalid_bookmark_type");
        }

        var link = call.Arg("link");
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new FakeSlackError("invalid_link");
        }

        var bookmark = new FakeSlackBookmark(workspace.NextId("Bk"), call.Arg("title") ?? "", "link", link);
        channel.Bookmarks.Add(bookmark);
        var json = new JsonObject
        {
            ["id"] = bookmark.Id,
            ["channel_id"] = channel.Id,
            ["title"] = bookmark.Title,
            ["link"] = link,
            ["type"] = "link",
            ["date_created"] = workspace.Now.ToUnixTimeSeconds(),
            ["date_updated"] = 0,
            ["rank"] = "g",
            ["last_updated_by_user_id"] = FakeSlackServer.BotUserId,
            ["last_updated_by_team_id"] = FakeSlackServer.TeamId,
        };
        return new JsonObject { ["ok"] = true, ["bookmark"] = json };
    }

    /// <summary>Trigger ids are single-use, as Slack's are; a modal needs a title and blocks.</summary>
    private JsonObject OpenView(FakeSlackCall call)
    {
        var trigger = call.Arg("trigger_id") ?? call.Arg("interactivity_pointer") ?? throw FakeSlackError.InvalidArguments("missing required field: trigger_id");
        if (!workspace.UsedTriggers.Add(trigger))
        {
            throw new FakeSlackError("exchanged_trigger_id");
        }

        var view = call.ArgJson("view") as JsonObject ?? throw FakeSlackError.InvalidArguments("invalid `view`");
        if (!FakeJson.IsString(view["type"], out var type))
        {
            throw FakeSlackError.InvalidArguments("missing required field: type");
        }

        if (type == "modal" && view["title"] is not JsonObject)
        {
            throw FakeSlackError.InvalidArguments("missing required field: title");
        }

        if (view["blocks"] is not JsonArray)
        {
            throw FakeSlackError.InvalidArguments("missing required field: blocks");
        }

        var id = workspace.NextId("V");
        workspace.Views.Add(new FakeSlackView(id, trigger, view.DeepClone().AsObject()));
        var opened = view.DeepClone().AsObject();
        opened["id"] = id;
        opened["team_id"] = FakeSlackServer.TeamId;
        opened["state"] = new JsonObject { ["values"] = new JsonObject() };
        opened["hash"] = $"{workspace.Now.ToUnixTimeSeconds()}.{id}";
        opened["root_view_id"] = id;
        opened["app_id"] = FakeSlackServer.AppId;
        opened["bot_id"] = FakeSlackServer.BotId;
        return new JsonObject { ["ok"] = true, ["view"] = opened };
    }
}

using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Testing;

/// <summary>
/// The external upload: <c>files.getUploadURLExternal</c> hands out <c>/upload/{id}</c> on the fake itself,
/// <see cref="ReceiveBytes"/> takes the POSTed bytes, <c>files.completeUploadExternal</c> shares the file as a
/// message in the channel.
/// </summary>
internal sealed class FakeFilesMethods(FakeSlackWorkspace workspace, Func<string, Uri> uploadUrl)
{
    public IEnumerable<KeyValuePair<string, Func<FakeSlackCall, JsonObject>>> Handlers =>
    [
        new("files.getUploadURLExternal", GetUploadUrl),
        new("files.completeUploadExternal", CompleteUpload),
    ];

    /// <summary>
    /// Records an upload's bytes. Not found: the URL names no pending file. The violation, if any: a length
    /// other than the declared one.
    /// </summary>
    public (bool Found, string? Violation) ReceiveBytes(string fileId, byte[] content)
    {
        var index = workspace.Uploads.FindIndex(u => u.FileId == fileId && !u.Completed);
        if (index < 0)
        {
            return (false, $"upload to /upload/{fileId}, which no files.getUploadURLExternal handed out");
        }

        var upload = workspace.Uploads[index];
        workspace.Uploads[index] = upload with { Content = content };
        return content.Length == upload.DeclaredLength
            ? (true, null)
            : (true, $"upload of {content.Length} bytes to a file declared {upload.DeclaredLength} bytes long");
    }

    private JsonObject GetUploadUrl(FakeSlackCall call)
    {
        var length = long.TryParse(call.Arg("length"), out var declared) && declared > 0 ? declared : throw new FakeSlackError("missing_argument");
        var id = workspace.NextId("F");
        workspace.Uploads.Add(new FakeSlackUpload(id, call.Arg("filename") ?? "", length, null, null, null, null, Completed: false));
        return new JsonObject { ["ok"] = true, ["upload_url"] = uploadUrl(id).AbsoluteUri, ["file_id"] = id };
    }

    private JsonObject CompleteUpload(FakeSlackCall call)
    {
        var files = (call.ArgJson("files") as JsonArray ?? []).OfType<JsonObject>().ToList();
        var channelId = call.Arg("channel_id");
        var channel = channelId is null ? null : workspace.Channel(channelId, openDirectMessage: false);
        var indexes = files.Select(f => workspace.Uploads.FindIndex(u => u.FileId == f["id"]?.ToString() && u.Content is not null && !u.Completed)).ToList();
        if (files.Count == 0 || indexes.Contains(-1))
        {
            throw new FakeSlackError("file_not_found");
        }

        var comment = call.Arg("initial_comment");
        foreach (var (file, index) in files.Zip(indexes))
        {
            var upload = workspace.Uploads[index];
            workspace.Uploads[index] = upload with { Title = file["title"]?.ToString() ?? upload.FileName, ChannelId = channel?.Id, InitialComment = comment, Completed = true };
        }

        if (channel is not null)
        {
            var message = new MessageState(workspace.NextTs(), FakeSlackServer.BotUserId, call.Arg("thread_ts")) { Text = comment ?? "" };
            message.FileIds.AddRange(files.Select(f => f["id"]!.ToString()));
            channel.Messages.Add(message);
        }

        var shared = new JsonArray([.. files.Select(f => new JsonObject { ["id"] = f["id"]?.DeepClone(), ["title"] = f["title"]?.DeepClone() })]);
        return new JsonObject { ["ok"] = true, ["files"] = shared };
    }
}

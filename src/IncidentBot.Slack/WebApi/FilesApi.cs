using System.Text.Json.Nodes;

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// File uploads the way Slack wants them since <c>files.upload</c> was retired
/// (<see href="https://docs.slack.dev/messaging/working-with-files#uploading_files"/>):
/// <c>files.getUploadURLExternal</c>, the bytes POSTed to the returned <c>upload_url</c>, then
/// <c>files.completeUploadExternal</c> to share the file.
/// </summary>
public sealed class FilesApi(SlackApiTransport transport)
{
    public static readonly SlackMethod GetUploadUrlMethod = new("files.getUploadURLExternal", SlackBodyEncoding.Form);
    public static readonly SlackMethod CompleteUploadMethod = new("files.completeUploadExternal");

    /// <summary>Uploads a file and shares it in <paramref name="channelId"/>; returns the file id.</summary>
    public async Task<string> UploadAsync(
        string channelId, string fileName, string title, ReadOnlyMemory<byte> content, string? initialComment = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentException.ThrowIfNullOrEmpty(title);
        if (content.IsEmpty)
        {
            throw new ArgumentException("Slack does not take empty files.", nameof(content));
        }

        var ticket = await transport.CallAsync(
            GetUploadUrlMethod, new JsonObject { ["filename"] = fileName, ["length"] = content.Length }, cancellationToken).ConfigureAwait(false);
        var fileId = SlackResponse.Required(ticket, GetUploadUrlMethod.Name, "file_id");
        var uploadUrl = new Uri(SlackResponse.Required(ticket, GetUploadUrlMethod.Name, "upload_url"));
        await transport.UploadAsync(uploadUrl, content, cancellationToken).ConfigureAwait(false);

        var arguments = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }),
            ["channel_id"] = channelId,
            ["initial_comment"] = initialComment,
        };
        var response = await transport.CallAsync(CompleteUploadMethod, arguments, cancellationToken).ConfigureAwait(false);
        return response["files"] is JsonArray { Count: > 0 } files && files[0] is JsonObject file
            ? SlackResponse.Optional(file, "id") ?? fileId
            : fileId;
    }
}

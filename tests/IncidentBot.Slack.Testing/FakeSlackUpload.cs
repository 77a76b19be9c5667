namespace IncidentBot.Slack.Testing;

/// <summary>
/// A file going through the external upload: <see cref="Content"/> once its bytes reached the upload URL,
/// <see cref="Completed"/> once <c>files.completeUploadExternal</c> named it.
/// </summary>
public sealed record FakeSlackUpload(
    string FileId, string FileName, long DeclaredLength, byte[]? Content, string? Title, string? ChannelId, string? InitialComment, bool Completed);

namespace IncidentBot.Slack.WebApi;

/// <summary>
/// The Slack Web API (<see href="https://docs.slack.dev/apis/web-api/"/>), one property per method group, all
/// over one <see cref="SlackApiTransport"/>. Register with <see cref="SlackWebApiServiceCollectionExtensions.AddSlackWebApi"/>.
/// </summary>
public sealed class SlackApiClient(
    ChatApi chat, ConversationsApi conversations, PinsApi pins, BookmarksApi bookmarks, UsersApi users, ViewsApi views, FilesApi files, AuthApi auth, AppsApi apps)
{
    public ChatApi Chat { get; } = chat;

    public ConversationsApi Conversations { get; } = conversations;

    public PinsApi Pins { get; } = pins;

    public BookmarksApi Bookmarks { get; } = bookmarks;

    public UsersApi Users { get; } = users;

    public ViewsApi Views { get; } = views;

    public FilesApi Files { get; } = files;

    public AuthApi Auth { get; } = auth;

    public AppsApi Apps { get; } = apps;
}

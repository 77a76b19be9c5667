namespace IncidentBot.Core.Chat;

/// <summary>
/// A post on its way: <see cref="Message"/> is known at once, <see cref="Stored"/> completes when the post is as
/// safe as <see cref="IChatPlatform.PostAsync"/> makes it (in an outbox, it will be delivered even after a restart).
/// </summary>
public sealed record QueuedPost(PostedMessage Message, Task Stored);

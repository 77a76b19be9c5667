namespace IncidentBot.Core.Chat;

/// <summary>An <c>/incident …</c> command typed in a channel; <see cref="Text"/> is what follows <c>/incident</c>.</summary>
public sealed record CommandInvocation(ChatUser User, string ChannelId, string Text, DateTimeOffset At);

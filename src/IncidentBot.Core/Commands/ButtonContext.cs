using IncidentBot.Core.Chat;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Commands;

/// <summary>A button press being handled: who pressed which action with which value.</summary>
public sealed record ButtonContext(Person Actor, ChatUser User, string ChannelId, string MessageId, string ActionId, string Value, DateTimeOffset At);

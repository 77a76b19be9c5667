namespace IncidentBot.Slack.SocketMode;

internal enum ReceivedMessageKind
{
    Data,
    Close,
    TooLarge,
}

namespace IncidentBot.Slack.Tests.Inbound;

/// <summary>The bot's identity and its own messages' core ids, as the Web API side would know them.</summary>
internal sealed class FakeSlackBot : ISlackBotIdentity, ISlackMessageMap
{
    public SlackBotInfo Info { get; set; } = new("UBOT", "BBOT", "T111", new Uri("https://test.slack.com/"));

    /// <summary>Core ids of the bot's messages by <c>channel/ts</c>; anyone else's message is its ts.</summary>
    public Dictionary<string, string> CoreIds { get; } = [];

    public Task<SlackBotInfo> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Info);

    public Task<string> CoreIdAsync(string channelId, string ts, CancellationToken cancellationToken = default) =>
        Task.FromResult(CoreIds.GetValueOrDefault($"{channelId}/{ts}", ts));
}

namespace IncidentBot.Slack.Outbound;

/// <summary>
/// What Slack accepts in one message; a message over any of them is refused for good (<c>invalid_blocks</c>,
/// <c>msg_blocks_too_long</c>), so <see cref="SlackBlocks"/> builds every message within them.
/// Block limits: https://docs.slack.dev/reference/block-kit/blocks (section, header, context, actions) and
/// https://docs.slack.dev/reference/block-kit/block-elements/button-element.
/// </summary>
public static class SlackLimits
{
    public const int Blocks = 50;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int SectionFieldText = 2000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;

    /// <summary>chat.postMessage's <c>text</c>: Slack truncates anything longer.</summary>
    public const int MessageText = 40_000;

    /// <summary>
    /// The text of all of a message's blocks together. Undocumented: Slack answers <c>msg_blocks_too_long</c> from
    /// about 13,000 characters (https://github.com/slackapi/bolt-js/issues/2509), whatever each block holds.
    /// </summary>
    public const int BlocksText = 12_000;

    /// <summary>A channel topic (conversations.setTopic).</summary>
    public const int Topic = 250;
}

using IncidentBot.Core.Chat;

namespace IncidentBot.Core.Commands;

/// <summary>
/// An <c>/incident</c> subcommand. <see cref="Usage"/> and <see cref="Summary"/> are the help text;
/// bad arguments get the usage back, never an exception.
/// </summary>
public interface IIncidentCommand
{
    /// <summary>The subcommand word, lowercase: <c>ack</c>, <c>note</c>…</summary>
    string Name { get; }

    /// <summary>How to type it: <c>note &lt;text&gt;</c>.</summary>
    string Usage { get; }

    /// <summary>What it does, in one line.</summary>
    string Summary { get; }

    /// <summary>Whether it only works in an incident's channel.</summary>
    bool NeedsIncident { get; }

    /// <summary>
    /// Whether it only adds to the incident's timeline and never changes the incident itself. Such a command
    /// runs without the incident's lock, so a burst of notes is not queued behind one another.
    /// </summary>
    bool OnlyAppends => false;

    Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken = default);
}

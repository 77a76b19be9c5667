using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.People;

namespace IncidentBot.Core.Commands;

/// <summary>
/// One command being run: who typed it, where, the incident of that channel (loaded under its lock) and the
/// text after the subcommand name.
/// </summary>
public sealed record CommandContext(Person Actor, ChatUser User, string ChannelId, Incident? Incident, string Arguments, DateTimeOffset At)
{
    /// <summary>The incident, for commands that declare they need one (the router guarantees it).</summary>
    public Incident RequiredIncident => Incident ?? throw new InvalidOperationException("This command needs an incident channel.");
}

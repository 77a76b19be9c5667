namespace IncidentBot.Core.Chat;

/// <summary>Where an incident's full record can be read on the bot, for messages a platform had to shorten.</summary>
public interface IIncidentLinks
{
    Uri RecordOf(int incidentNumber);
}

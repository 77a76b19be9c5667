namespace IncidentBot.Teams.Activities;

/// <summary>A request body that is not an activity the bot can read: answered 400, never half-handled.</summary>
public sealed class TeamsActivityFormatException : Exception
{
    public TeamsActivityFormatException()
    {
    }

    public TeamsActivityFormatException(string message)
        : base(message)
    {
    }

    public TeamsActivityFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

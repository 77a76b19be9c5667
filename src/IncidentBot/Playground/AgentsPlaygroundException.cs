namespace IncidentBot.Playground;

/// <summary>The Agents Playground that <c>teams-playground</c> starts could not run; the message is the line to tell.</summary>
public sealed class AgentsPlaygroundException : Exception
{
    public AgentsPlaygroundException()
    {
    }

    public AgentsPlaygroundException(string message)
        : base(message)
    {
    }

    public AgentsPlaygroundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

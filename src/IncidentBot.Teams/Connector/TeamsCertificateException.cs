namespace IncidentBot.Teams.Connector;

/// <summary>The app registration's certificate file cannot be used; the message says why, to follow the key's name.</summary>
public sealed class TeamsCertificateException : Exception
{
    public TeamsCertificateException()
    {
    }

    public TeamsCertificateException(string message)
        : base(message)
    {
    }

    public TeamsCertificateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

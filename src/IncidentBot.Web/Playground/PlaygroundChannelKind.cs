namespace IncidentBot.Web.Playground;

/// <summary>What a channel of the playground is for.</summary>
public enum PlaygroundChannelKind
{
    /// <summary><c>#incidents</c>: where incidents are announced and <c>/incident declare</c> is typed.</summary>
    Incidents,

    /// <summary><c>#incident-reports</c>: where drafted postmortems are posted.</summary>
    Reports,

    /// <summary>An incident's own channel.</summary>
    Incident,

    /// <summary>The person's direct conversation with the bot: pages and reports.</summary>
    Direct,
}

namespace IncidentBot.Local;

/// <summary>What a channel of the local workspace is for, so a screen can group them as a chat app does.</summary>
public enum LocalChannelKind
{
    /// <summary><c>#incidents</c>: where incidents are announced and <c>/incident declare</c> is typed.</summary>
    Incidents,

    /// <summary><c>#incident-reports</c>: where drafted postmortems are posted.</summary>
    Reports,

    /// <summary>An incident's own channel (<c>#inc-1-…</c>).</summary>
    Incident,

    /// <summary>A person's direct conversation with the bot (pages, reports sent to them).</summary>
    Direct,
}

namespace IncidentBot.Hosting;

/// <summary>The chat platforms the bot can run on; one per run, chosen by <see cref="ActivePlatform"/>.</summary>
public enum Platform
{
    /// <summary>The in-process workspace: no chat account, people act through <c>/local/*</c>.</summary>
    Local,

    Slack,

    Teams,
}

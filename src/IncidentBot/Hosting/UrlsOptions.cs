namespace IncidentBot.Hosting;

/// <summary>The root <c>Urls</c> key: where the bot listens, addresses separated by <c>;</c>.</summary>
public sealed class UrlsOptions
{
    public string? Urls { get; set; }
}

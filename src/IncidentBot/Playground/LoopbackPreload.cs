namespace IncidentBot.Playground;

/// <summary>
/// <c>loopback.js</c>, shipped inside the bot: preloaded in the Agents Playground's node, it makes a server told to
/// listen without a host listen on 127.0.0.1 only (the Playground's would listen on every interface). Written anew
/// at each start into the bot's data folder, which is the bot user's own: a file in a shared temporary folder could
/// have been put there by someone else, and node would run it.
/// </summary>
public static class LoopbackPreload
{
    public const string FileName = "loopback.js";

    private const string ResourceName = "IncidentBot.Playground.loopback.js";

    /// <summary>Writes the preload into <paramref name="folder"/> and returns its full path.</summary>
    public static string WriteTo(string folder)
    {
        var path = Path.GetFullPath(Path.Combine(folder, FileName));
        using var source = typeof(LoopbackPreload).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The bot's binary lacks its resource {ResourceName}.");
        using var target = new FileStream(path, FileMode.Create, FileAccess.Write);
        source.CopyTo(target);
        return path;
    }
}

using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Web;

/// <summary>
/// The web face's stylesheet and its few lines of script, embedded in this assembly and served at
/// <c>/web/web-face.css</c>, <c>/web/web-face.js</c> and <c>/web/playground.js</c>: no front-end build, and no publish step needed to serve them.
/// </summary>
public static class WebAssets
{
    public const string Stylesheet = "/web/web-face.css";

    public const string Script = "/web/web-face.js";

    /// <summary>The playground's live refresh (<see cref="Playground.IPlaygroundWorkspace"/>).</summary>
    public const string PlaygroundScript = "/web/playground.js";

    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["web-face.css"] = ("IncidentBot.Web.web-face.css", "text/css; charset=utf-8"),
        ["web-face.js"] = ("IncidentBot.Web.web-face.js", "text/javascript; charset=utf-8"),
        ["playground.js"] = ("IncidentBot.Web.playground.js", "text/javascript; charset=utf-8"),
    };

    public static async Task<IResult> ServeAsync(string file, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!Files.TryGetValue(file, out var asset) || Assembly.GetExecutingAssembly().GetManifestResourceStream(asset.Resource) is not { } stream)
        {
            return Results.NotFound();
        }

        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            var text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(text, asset.ContentType);
        }
    }
}

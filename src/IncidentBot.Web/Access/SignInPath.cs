using Microsoft.AspNetCore.Http;

namespace IncidentBot.Web.Access;

/// <summary>The sign-in page's address, and the page to return to after signing in (only ever a path of this site).</summary>
public static class SignInPath
{
    public const string Path = "/signin";

    public static string For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var back = request.PathBase + request.Path + request.QueryString;
        return $"{request.PathBase}{Path}?returnUrl={Uri.EscapeDataString(back)}";
    }

    /// <summary>Where to go after signing in: <paramref name="returnUrl"/> when it is a local path, else the dashboard.</summary>
    public static string Back(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}

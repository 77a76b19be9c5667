namespace IncidentBot.Web.Reports;

/// <summary>
/// Which link targets a page may carry from alert, chat or report text: absolute http(s) and mailto addresses. A
/// <c>javascript:</c> or <c>data:</c> target is never a link, whatever text it arrived in.
/// </summary>
public static class SafeLink
{
    public static bool Allows(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var target)
        && (target.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeMailto);

    /// <summary>The url when it may be a link; null when it must be shown as text, if at all.</summary>
    public static string? Of(string? url) => Allows(url) ? url : null;
}

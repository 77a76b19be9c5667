namespace IncidentBot.Web.Access;

/// <summary>How a sign-in went, with the one line to show the person when it did not.</summary>
public sealed record SignInOutcome(bool Succeeded, string? Problem)
{
    public static SignInOutcome SignedIn() => new(true, null);

    public static SignInOutcome Wrong() => new(false, "That user name and password do not match.");

    public static SignInOutcome NotConfigured() => new(false, WebAccessResultHandler.NotConfigured);

    public static SignInOutcome NeedsHttps() =>
        new(false, "Signing in needs HTTPS: the sign-in cookie is only sent over it. Serve the bot over https (Urls, or a proxy in front).");

    public static SignInOutcome LockedOut(TimeSpan left) =>
        new(false, $"Too many failed sign-ins; try again in {Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))} minute(s).");
}

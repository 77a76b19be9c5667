using IncidentBot.Teams.Auth;

namespace IncidentBot.Teams.Tests.Auth;

internal static class AuthAssert
{
    public static void Refused(TeamsAuthResult result, int statusCode, string reasonPart)
    {
        Assert.False(result.IsAccepted, "the request was accepted");
        Assert.Null(result.Caller);
        Assert.Equal(statusCode, result.StatusCode);
        Assert.Contains(reasonPart, result.Reason, StringComparison.OrdinalIgnoreCase);
    }

    public static TeamsCaller Accepted(TeamsAuthResult result)
    {
        Assert.True(result.IsAccepted, $"refused: {result.StatusCode} {result.Reason}");
        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.Reason);
        return result.Caller!;
    }
}

using System.Text;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Deploys;

namespace IncidentBot.Tests.Rollbacks;

public sealed class RollbackReplyTests
{
    [Theory]
    [InlineData("succeeded", RollbackResult.Succeeded)]
    [InlineData("success", RollbackResult.Succeeded)]
    [InlineData("ok", RollbackResult.Succeeded)]
    [InlineData("SUCCEEDED", RollbackResult.Succeeded)]
    [InlineData("failed", RollbackResult.Failed)]
    [InlineData("failure", RollbackResult.Failed)]
    [InlineData("error", RollbackResult.Failed)]
    [InlineData("accepted", RollbackResult.Pending)]
    [InlineData("pending", RollbackResult.Pending)]
    [InlineData("running", RollbackResult.Pending)]
    public void Parse_StatusWord_GivesItsResult(string status, RollbackResult expected)
    {
        var outcome = Parse($"{{\"status\": \"{status}\"}}");

        Assert.Equal(expected, outcome?.Result);
    }

    [Theory]
    [InlineData("succeeded")]
    [InlineData("failed")]
    public void Parse_FinalStatusWithMessage_KeepsTheMessage(string status)
    {
        var outcome = Parse($"{{\"status\": \"{status}\", \"message\": \"api is on 1.9\"}}");

        Assert.Equal("api is on 1.9", outcome?.Message);
    }

    [Fact]
    public void Parse_NoMessage_GivesOutcomeWithoutMessage()
    {
        var outcome = Parse("{\"status\": \"succeeded\"}");

        Assert.Equal(RollbackOutcome.Succeeded(), outcome);
    }

    [Theory]
    [InlineData("{\"message\": \"done\"}")]
    [InlineData("{\"status\": null, \"message\": \"done\"}")]
    [InlineData("{\"status\": 200}")]
    [InlineData("{\"status\": \"maybe\"}")]
    [InlineData("[{\"status\": \"succeeded\"}]")]
    [InlineData("\"succeeded\"")]
    public void Parse_NoKnownStatus_ReturnsNull(string body)
    {
        Assert.Null(Parse(body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("succeeded")]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("{\"status\": \"succeeded\"")]
    public void Parse_NotJson_ReturnsNull(string body)
    {
        Assert.Null(Parse(body));
    }

    private static RollbackOutcome? Parse(string body) => RollbackReply.Parse(Encoding.UTF8.GetBytes(body));
}

using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.Host;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Services:api:RollbackUrl", "https://deploy.example.com/rollback", "Services:api:Secret is required")]
    [InlineData("IncidentBot:TimeZone", "Mars/Olympus_Mons", "IncidentBot:TimeZone 'Mars/Olympus_Mons'")]
    [InlineData("IncidentBot:PublicBaseUrl", "incidentbot.example.com", "IncidentBot:PublicBaseUrl 'incidentbot.example.com' must be an absolute http(s) address")]
    [InlineData("IncidentBot:RollbackTimeout", "00:00:00", "IncidentBot:RollbackTimeout must be longer than zero")]
    [InlineData("IncidentBot:SuspectChangeWindow", "-01:00:00", "IncidentBot:SuspectChangeWindow must not be negative")]
    [InlineData("OnCall:Levels:2:0", "nobody", "OnCall:Levels:2: 'nobody' is not in People")]
    [InlineData("Managers:0", "ghost", "Managers: 'ghost' is not in People")]
    [InlineData("IncidentBot:Platform", "irc", "Platform")]
    [InlineData("Slack:BotToken", "xoxb-only-a-token", "Slack needs Slack:SigningSecret (HTTP endpoints) or Slack:AppToken")]
    [InlineData("Slack:SigningSecret", "a-secret-without-a-token", "Slack:BotToken is required")]
    [InlineData("Deploys:Simulated:Takes", "00:00:00", "Deploys:Simulated:Takes '00:00:00' must be more than 0")]
    [InlineData("Deploys:Simulated:Takes", "02:00:00", "Deploys:Simulated:Takes '02:00:00' must be more than 0 and at most 01:00:00")]
    [InlineData("Teams:AppId", "00000000-0000-0000-0000-0000000000a1", "Teams needs Teams:AppPassword and Teams:TenantId too")]
    [InlineData("Alerts:cloudwatch:TopicArns:0", "alerta-test", "Alerts:cloudwatch:TopicArns:0 'alerta-test' is not an SNS topic ARN")]
    [InlineData("Alerts:azure:Token", "a+token/with=url&characters", "Alerts:azure:Token may hold only letters")]
    [InlineData("Alerts:pagerduty:Secret", "short", "Alerts:pagerduty:Secret is 5 characters long")]
    [InlineData("Alerts:datadog:Header", "X Bad Header", "Alerts:datadog:Header 'X Bad Header' is not an HTTP header name")]
    public async Task Start_WithBadSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        await using var bot = new BotFactory();
        bot.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }
}

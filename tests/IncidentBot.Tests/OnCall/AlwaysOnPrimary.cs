using IncidentBot.Tests.Host;

namespace IncidentBot.Tests.OnCall;

/// <summary>
/// A bot whose level 1 is the <c>primary</c> schedule, a one-person weekly rotation of Kofi since 2020: he is on call
/// whenever a test runs, on any platform.
/// </summary>
public static class AlwaysOnPrimary
{
    public static void Configure(BotFactory bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        bot.Settings["OnCall:Schedules:primary:Zone"] = "Europe/London";
        bot.Settings["OnCall:Schedules:primary:Layers:0:People:0"] = "kofi";
        bot.Settings["OnCall:Schedules:primary:Layers:0:Rotation"] = "weekly";
        bot.Settings["OnCall:Schedules:primary:Layers:0:Start"] = "2020-01-06";
        bot.Settings["OnCall:Schedules:primary:Layers:0:HandOff"] = "09:00";
        bot.Settings["OnCall:Levels:0:0"] = "schedule:primary";
    }
}

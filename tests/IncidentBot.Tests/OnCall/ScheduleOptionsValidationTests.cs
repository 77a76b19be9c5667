using IncidentBot.Configuration;
using IncidentBot.Core.OnCall;
using IncidentBot.Hosting;
using IncidentBot.Core.Chat;
using IncidentBot.Tests.Host;
using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.OnCall;

/// <summary>Schedules in configuration: checked at start, each mistake named by its key with the fix; a good one is what the pager uses.</summary>
public sealed class ScheduleOptionsValidationTests
{
    [Theory]
    [InlineData("People", "ghost", "OnCall:Schedules:primary:Layers:0:People: 'ghost' is not in People")]
    [InlineData("Zone", "Mars/Olympus", "OnCall:Schedules:primary:Zone 'Mars/Olympus' is not a time zone; use an IANA name like Europe/Berlin")]
    [InlineData("Rotation", "fortnightly", "OnCall:Schedules:primary:Layers:0:Rotation 'fortnightly' is not a rotation; use daily, weekly, or a count and unit like 12h, 3d, 2w.")]
    [InlineData("Start", "02/03/2026", "OnCall:Schedules:primary:Layers:0:Start '02/03/2026' is not a date; write the first turn's day as yyyy-MM-dd.")]
    [InlineData("HandOff", "9am", "OnCall:Schedules:primary:Layers:0:HandOff '9am' is not a time of day; write it as HH:mm")]
    [InlineData("Days", "Funday", "OnCall:Schedules:primary:Layers:0:Days: 'Funday' is not a day; use Mon, Tue")]
    [InlineData("EmptyLayer", "", "OnCall:Schedules:primary:Layers:0:People is empty; list the person ids who take turns.")]
    [InlineData("NoLayers", "", "OnCall:Schedules:primary:Layers is empty; add a layer")]
    [InlineData("Level", "schedule:secondary", "OnCall:Levels:0: 'schedule:secondary' names no schedule (defined: primary); define OnCall:Schedules:secondary")]
    public void Validate_AMistakeInASchedule_FailsNamingTheKeyAndTheFix(string what, string value, string expected)
    {
        var roster = Roster();
        var layer = roster.OnCall.Schedules["primary"].Layers[0];
        switch (what)
        {
            case "People": layer.People.Add(value); break;
            case "Zone": roster.OnCall.Schedules["primary"].Zone = value; break;
            case "Rotation": layer.Rotation = value; break;
            case "Start": layer.Start = value; break;
            case "HandOff": layer.HandOff = value; break;
            case "Days": layer.Days.Add(value); break;
            case "EmptyLayer": layer.People.Clear(); break;
            case "NoLayers": roster.OnCall.Schedules["primary"].Layers.Clear(); break;
            case "Level": roster.OnCall.Levels[0].Add(value); break;
        }

        var result = new RosterOptionsValidator().Validate(null, roster);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_AValidSchedule_IsTheScheduleTheLevelsName()
    {
        var roster = Roster();
        Assert.True(new RosterOptionsValidator().Validate(null, roster).Succeeded);

        var settings = IncidentSettingsFactory.Create(new BotOptions(), roster, new ChatChannels(null, null));

        var primary = Assert.Single(settings.Schedules);
        Assert.Equal("primary", primary.Name);
        Assert.Equal("kofi", primary.ShiftAt(DateTimeOffset.Parse("2026-03-09T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), [])?.PersonId);
        var weekend = primary.Layers[1];
        Assert.Equal(new RotationLength(2, RotationUnit.Weeks), weekend.Length);
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Saturday], weekend.Window!.Days.Order());
    }

    [Fact]
    public async Task Start_WithAScheduleNamingAnUnknownPerson_FailsNamingTheKey()
    {
        await using var bot = new BotFactory();
        bot.Settings["OnCall:Schedules:primary:Zone"] = "Europe/Berlin";
        bot.Settings["OnCall:Schedules:primary:Layers:0:People:0"] = "ghost";
        bot.Settings["OnCall:Schedules:primary:Layers:0:Rotation"] = "weekly";
        bot.Settings["OnCall:Schedules:primary:Layers:0:Start"] = "2026-03-02";

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.StartsWith("OnCall:Schedules:primary:Layers:0:People: 'ghost' is not in People", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-00:01:00", "OnCall:HandOffNotice -00:01:00 is negative;")]
    [InlineData("1.00:00:00", "OnCall:HandOffNotice 1.00:00:00 is not shorter than the shortest shift of OnCall:Schedules:primary (1.00:00:00);")] // the weekend layer's day
    public void Validate_AHandOffNoticeNegativeOrNotShorterThanEveryShift_FailsSayingWhy(string notice, string expected)
    {
        var roster = Roster();
        roster.OnCall.HandOffNotice = TimeSpan.Parse(notice, System.Globalization.CultureInfo.InvariantCulture);

        var result = new RosterOptionsValidator().Validate(null, roster);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Create_AHandOffNoticeShorterThanEveryShift_IsTheNoticeTheBotGives()
    {
        var roster = Roster();
        roster.OnCall.HandOffNotice = TimeSpan.FromMinutes(45);
        Assert.True(new RosterOptionsValidator().Validate(null, roster).Succeeded);

        var settings = IncidentSettingsFactory.Create(new BotOptions(), roster, new ChatChannels(null, null));

        Assert.Equal(TimeSpan.FromMinutes(45), settings.HandOffNotice);
    }

    private static RosterOptions Roster() => new()
    {
        People = [new() { Id = "ada", Name = "Ada" }, new() { Id = "kofi", Name = "Kofi" }, new() { Id = "mara", Name = "Mara" }],
        OnCall = new()
        {
            Levels = [["schedule:primary"], ["ada"]],
            Schedules = new(StringComparer.OrdinalIgnoreCase)
            {
                ["primary"] = new()
                {
                    Zone = "Europe/Berlin",
                    Layers =
                    [
                        new() { Name = "weekly", People = ["ada", "kofi"], Rotation = "weekly", Start = "2026-03-02", HandOff = "09:00" },
                        new() { Name = "weekends", People = ["mara"], Rotation = "2w", Start = "2026-03-02", HandOff = "00:00", Days = ["Sat", "Sun"] },
                    ],
                },
            },
        },
    };
}

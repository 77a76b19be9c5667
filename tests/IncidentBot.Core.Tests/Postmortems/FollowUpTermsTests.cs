using IncidentBot.Core.People;
using IncidentBot.Core.Postmortems;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>Who owns a follow-up and when it is due, read from its words only where they leave no doubt.</summary>
public sealed class FollowUpTermsTests
{
    /// <summary>A Thursday.</summary>
    private static readonly DateOnly SaidOn = new(2026, 12, 10);

    private static readonly PeopleDirectory People = new(
    [
        new Person("ada", "Ada Mensah", ChatIds: new Dictionary<string, string> { ["slack"] = "U024BE7LH" }),
        new Person("kofi", "Kofi Boateng"),
    ]);

    [Theory]
    [InlineData("@kofi adds the alert", "kofi")]
    [InlineData("<@U024BE7LH> renews the certificate", "ada")]
    [InlineData("<@U024BE7LH|ada> renews the certificate", "ada")]
    [InlineData("@ada and <@U024BE7LH> again", "ada")]
    public void Owner_OnePersonMentioned_IsTheOwner(string text, string owner)
    {
        Assert.Equal(owner, FollowUpTerms.Owner(text, People)?.Id);
    }

    [Theory]
    [InlineData("add the alert")]
    [InlineData("@kofi and @ada pair on it")]
    [InlineData("mail ops@example.com")]
    [InlineData("@channel please review")]
    public void Owner_NoneOrSeveralOrUnknown_IsNobody(string text)
    {
        Assert.Null(FollowUpTerms.Owner(text, People));
    }

    [Theory]
    [InlineData("add the alert by 2026-12-15", "2026-12-15", "by 2026-12-15")]
    [InlineData("add the alert, due 2027-01-04", "2027-01-04", "due 2027-01-04")]
    [InlineData("add the alert by Friday", "2026-12-11", "by Friday")]
    [InlineData("add the alert by monday", "2026-12-14", "by monday")]
    [InlineData("add the alert by tomorrow", "2026-12-11", "by tomorrow")]
    [InlineData("by Friday, add the alert due on 2026-12-11", "2026-12-11", "by Friday")]
    [InlineData("add the alert by March 21", "2027-03-21", "by March 21")]
    [InlineData("add the alert by 21 March", "2027-03-21", "by 21 March")]
    [InlineData("add the alert by Dec 24th", "2026-12-24", "by Dec 24th")]
    [InlineData("add the alert due December 10", "2026-12-10", "due December 10")]
    [InlineData("add the alert by Feb 29", "2028-02-29", "by Feb 29")]
    public void Due_UnambiguousDate_IsResolvedAgainstTheDayItWasSaid(string text, string date, string words)
    {
        var due = FollowUpTerms.Due(text, SaidOn);

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), words), due);
    }

    [Theory]
    [InlineData("add the alert by Thursday")]
    [InlineData("add the alert by Friday or due 2026-12-20")]
    [InlineData("add the alert by 2026-13-45")]
    [InlineData("add the alert by next Friday")]
    [InlineData("caused by Friday's deploy")]
    [InlineData("add the alert soon")]
    [InlineData("add the alert by February 30")]
    [InlineData("add the alert by March 21 or by April 2")]
    [InlineData("caused by May's deploy")]
    public void Due_AmbiguousOrNone_IsNoDate(string text)
    {
        Assert.Null(FollowUpTerms.Due(text, SaidOn));
    }
}

using IncidentBot.Core.Chat;
using IncidentBot.Core.Postmortems.Conversation;

namespace IncidentBot.Core.Tests.Postmortems.Conversation;

/// <summary>What responders say in plain words reaches the postmortem; what they ask, doubt, quote or take back does not.</summary>
public sealed class ConversationReaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private readonly List<TranscriptMessage> _transcript = [];

    [Theory]
    [InlineData("found it: the root cause is the expired certificate on the proxy", FindingKind.RootCause)]
    [InlineData("The root cause was a config push that dropped the pool size to 2.", FindingKind.RootCause)]
    [InlineData("Turns out the cron job filled the disk on db-3", FindingKind.RootCause)]
    [InlineData("The 500s are caused by the new auth integration", FindingKind.RootCause)]
    [InlineData("Turns out the failover script doesn't check replica lag", FindingKind.RootCause)]
    [InlineData("The root cause is the certificate that was not renewed", FindingKind.RootCause)]
    [InlineData("RCA: the proxy certificate expired at 08:00", FindingKind.RootCause)]
    [InlineData("It was the connection pool all along", FindingKind.RootCause)]
    [InlineData("The failover caused it", FindingKind.RootCause)]
    [InlineData("the config push caused the outage", FindingKind.RootCause)]
    [InlineData("Ada's 'quick fix' to the pool size caused the 500s", FindingKind.RootCause)]
    [InlineData("About 12% of checkouts failed in eu-west between 08:05 and 08:40", FindingKind.Impact)]
    [InlineData("Impact: card payments unavailable for all EU merchants", FindingKind.Impact)]
    [InlineData("roughly 3,400 orders affected", FindingKind.Impact)]
    [InlineData("It is not the database, its latency is flat", FindingKind.RuledOut)]
    [InlineData("DNS ruled out", FindingKind.RuledOut)]
    [InlineData("The load balancer is not the root cause", FindingKind.RuledOut)]
    [InlineData("Root cause is not the disk", FindingKind.RuledOut)]
    [InlineData("Turns out it wasn't the disk", FindingKind.RuledOut)]
    [InlineData("Restarting the proxies now", FindingKind.ActionTaken)]
    [InlineData("Success rate back to 99.2%", FindingKind.Recovery)]
    [InlineData("errors are dropping", FindingKind.Recovery)]
    [InlineData("Latency back to normal", FindingKind.Recovery)]
    [InlineData("We decided to keep the feature flag off until Monday", FindingKind.Decision)]
    [InlineData("action item: alert on certificate expiry 14 days ahead", FindingKind.ActionItem)]
    [InlineData("TODO add the proxy to the cert inventory", FindingKind.ActionItem)]
    [InlineData("follow-up: page the platform team for cert renewals", FindingKind.ActionItem)]
    [InlineData("we should test upgrades in staging first", FindingKind.ActionItem)]
    [InlineData("someone should add an alert on certificate expiry", FindingKind.ActionItem)]
    [InlineData("I'll add the proxy to the cert inventory by Friday", FindingKind.ActionItem)]
    [InlineData("we'll write the runbook by March 21", FindingKind.ActionItem)]
    [InlineData("contributing factor: the alert threshold was set at 50%", FindingKind.ContributingFactor)]
    [InlineData("The retry storm from the app made it worse", FindingKind.ContributingFactor)]
    [InlineData("The rollback went well", FindingKind.WentWell)]
    [InlineData("We should have caught this in staging", FindingKind.WentPoorly)]
    [InlineData("Paging went badly, two pages went to the wrong person", FindingKind.WentPoorly)]
    [InlineData("Luckily it happened before the morning peak", FindingKind.Lucky)]
    [InlineData("we were lucky that the cache held", FindingKind.Lucky)]
    [InlineData("Fortunately the backups were fresh", FindingKind.Lucky)]
    public void Read_PlainStatement_IsAFindingOfItsKind(string said, FindingKind kind)
    {
        Say("irene", "Irene Adler", said, minute: 27);

        var finding = Assert.Single(ConversationReader.Read(_transcript));

        Assert.Equal((kind, "irene", "Irene Adler", Start.AddMinutes(27)), (finding.Kind, finding.AuthorId, finding.AuthorName, finding.At));
        Assert.Equal("https://chat.example/m/1", finding.Permalink);
    }

    [Theory]
    [InlineData("maybe the root cause is the certificate")]
    [InlineData("I think it was caused by the deploy")]
    [InlineData("looks like the root cause is DNS")]
    [InlineData("Kofi said the root cause is the certificate")]
    [InlineData("> the root cause is the certificate")]
    [InlineData("Ada wrote \"the root cause is the certificate\" earlier")]
    [InlineData("that's not the root cause")]
    [InlineData("good morning everyone")]
    [InlineData("looking at the dashboards")]
    [InlineData("nothing went well tonight")]
    [InlineData("we were not lucky")]
    [InlineData("unluckily the backups were old")]
    [InlineData("I think the rollback went well")]
    [InlineData("the retries never made it worse")]
    [InlineData("Kofi said the retry storm made it worse")]
    [InlineData("Potential root cause: the failover script")]
    [InlineData("Possible root cause: the failover script")]
    [InlineData("Most likely the root cause is the failover script")]
    [InlineData("If it was caused by the deploy we would see errors earlier")]
    [InlineData("Once we know the root cause is fixed we can close")]
    [InlineData("The root cause is still unclear")]
    [InlineData("Root cause: TBD")]
    [InlineData("Dmitri wrote that the root cause is the replica lag")]
    [InlineData("Dmitri thinks the root cause is the replica lag")]
    [InlineData("Turns out I was wrong about the disk")]
    [InlineData("Did the failover drop 640 orders")]
    [InlineData("Ada wrote 'the root cause is the certificate' earlier")]
    [InlineData("Ada wrote ‘the root cause is the certificate’ earlier")]
    [InlineData("Kofi posted 'it's the certificate, root cause is the proxy' an hour ago")]
    [InlineData("RCA: TBD")]
    [InlineData("We don't know what caused it yet")]
    [InlineData("What caused the outage")]
    [InlineData("The deploy could have caused it")]
    [InlineData("The failover did not cause it")]
    [InlineData("I'll restart the proxies")]
    [InlineData("How many of the 640 orders were refunded")]
    public void Read_DoubtQuoteOrNothing_IsNoFact(string said)
    {
        Say("irene", "Irene Adler", said, minute: 5);

        Assert.DoesNotContain(ConversationReader.Read(_transcript), f => f.Kind is not FindingKind.RuledOut and not FindingKind.OpenQuestion);
    }

    [Fact]
    public void Read_Question_IsNeverAFact_AndIsOpenWhenNobodyAnswers()
    {
        Say("irene", "Irene Adler", "Is the root cause the cache?", minute: 1);

        var finding = Assert.Single(ConversationReader.Read(_transcript));

        Assert.Equal((FindingKind.OpenQuestion, "Is the root cause the cache?"), (finding.Kind, finding.Statement));
    }

    [Fact]
    public void Read_QuestionSomeoneElseAnswered_IsNotOpen()
    {
        Say("irene", "Irene Adler", "did anyone touch the proxy config?", minute: 1);
        Say("kofi", "Kofi Boateng", "no, nobody did", minute: 4);

        Assert.DoesNotContain(ConversationReader.Read(_transcript), f => f.Kind == FindingKind.OpenQuestion);
    }

    [Fact]
    public void Read_RootCauseTakenBack_IsDropped()
    {
        Say("irene", "Irene Adler", "Found it: the root cause is the expired certificate.", minute: 10);
        Say("irene", "Irene Adler", "Scratch that, the cert was renewed yesterday.", minute: 12);

        Assert.DoesNotContain(ConversationReader.Read(_transcript), f => f.Kind == FindingKind.RootCause);
    }

    [Theory]
    [InlineData("Sorry, I was wrong, the disk is at 41%.")]
    [InlineData("Actually, scratch that.")]
    [InlineData("Turns out I was wrong, the disk is at 41%.")]
    [InlineData("My bad, the disk is fine.")]
    public void Read_RootCauseTakenBackAfterAnOpeningWord_IsDropped(string takenBack)
    {
        Say("priya", "Priya Raman", "Root cause: the orders-db primary ran out of disk.", minute: 7);
        Say("priya", "Priya Raman", takenBack, minute: 9);

        Assert.DoesNotContain(ConversationReader.Read(_transcript), f => f.Kind == FindingKind.RootCause);
    }

    [Fact]
    public void Read_StatementWithALabelOpeningAsAQuestionWould_IsStillAFinding()
    {
        Say("priya", "Priya Raman", "What was lost: about 640 orders in us-east-1.", minute: 20);

        Assert.Equal(FindingKind.Impact, Assert.Single(ConversationReader.Read(_transcript)).Kind);
    }

    [Fact]
    public void Read_RootCauseRestatedBySamePerson_KeepsTheNewerOne()
    {
        Say("irene", "Irene Adler", "The root cause is the expired certificate.", minute: 10);
        Say("irene", "Irene Adler", "Correction to that: the root cause is the proxy's cipher list.", minute: 20);

        var rootCause = Assert.Single(ConversationReader.Read(_transcript), f => f.Kind == FindingKind.RootCause);

        Assert.Equal("Correction to that: the root cause is the proxy's cipher list.", rootCause.Statement);
    }

    [Fact]
    public void Read_TwoPeopleNamingDifferentRootCauses_KeepsBoth()
    {
        Say("irene", "Irene Adler", "The root cause is the expired certificate.", minute: 10);
        Say("kofi", "Kofi Boateng", "The root cause is the proxy's cipher list.", minute: 11);

        Assert.Equal(["irene", "kofi"], ConversationReader.Read(_transcript).Where(f => f.Kind == FindingKind.RootCause).Select(f => f.AuthorId));
    }

    [Fact]
    public void Read_DeletedBotAndCommandMessages_AreNotRead()
    {
        Say("irene", "Irene Adler", "The root cause is the expired certificate.", minute: 10).Deleted = true;
        Say(null, "IncidentBot", "The root cause is recorded.", minute: 11);
        Say("kofi", "Kofi Boateng", "/incident rootcause the proxy", minute: 12);

        Assert.Empty(ConversationReader.Read(_transcript));
    }

    [Fact]
    public void Read_MessageOfSeveralSentences_FindsEach_InTheOrderSaid()
    {
        Say("irene", "Irene Adler", "It is not the database. Turns out the proxy cert expired at 08:00! Renewing it now.", minute: 30);

        Assert.Equal(
            [FindingKind.RuledOut, FindingKind.RootCause, FindingKind.ActionTaken],
            ConversationReader.Read(_transcript).Select(f => f.Kind));
    }

    [Fact]
    public void Read_NumbersAndNamesWithFullStops_StayInOneSentence()
    {
        Say("irene", "Irene Adler", "Turns out v2.3 of api.example.com dropped 99.9% of logins.", minute: 30);

        var finding = Assert.Single(ConversationReader.Read(_transcript));

        Assert.Equal("Turns out v2.3 of api.example.com dropped 99.9% of logins.", finding.Statement);
    }

    private TranscriptMessage Say(string? authorId, string authorName, string text, int minute)
    {
        var number = _transcript.Count + 1;
        var message = new TranscriptMessage
        {
            Id = $"C1/{number}", ChannelId = "C1", MessageId = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AuthorId = authorId, AuthorName = authorName, Text = text, At = Start.AddMinutes(minute), Permalink = $"https://chat.example/m/{number}",
        };
        _transcript.Add(message);
        return message;
    }
}

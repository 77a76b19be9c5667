using IncidentBot.Core.Incidents;
using LiteDB;

namespace IncidentBot.Storage.Tests;

/// <summary>Timeline entries are stored one by one: appends, edits, removals and links survive a reopen, in time order.</summary>
public sealed class TimelineStoreTests
{
    [Fact]
    public async Task SaveAsync_NotesAppendedWithoutReadingTheTimeline_AreAllThereInTimeOrderAfterReopen()
    {
        using TestStorage storage = new();
        Incident incident = Declared();
        incident.Record(TimelineKind.Note, "first", Times.At(5), "u-ana");
        await storage.Incidents.AddAsync(incident);

        for (int i = 0; i < 3; i++)
        {
            Incident loaded = (await storage.Incidents.GetAsync(incident.Number))!;
            loaded.Record(TimelineKind.Note, $"later {i}", Times.At(10 + i), "u-ana");
            await storage.Incidents.SaveAsync(loaded);
        }

        Incident again = (await storage.Incidents.GetAsync(incident.Number))!;
        again.Record(TimelineKind.Note, "backdated", Times.At(7), "u-kofi");
        await storage.Incidents.SaveAsync(again);
        storage.Reopen();

        Incident reopened = (await storage.Incidents.GetAsync(incident.Number))!;
        Assert.Equal(["Incident declared", "first", "backdated", "later 0", "later 1", "later 2"], reopened.Timeline.Select(e => e.Text));
    }

    [Fact]
    public async Task SaveAsync_EditedForgottenAndLinkedEntries_AreStoredAsChanged()
    {
        using TestStorage storage = new();
        Incident incident = Declared();
        incident.Record(TimelineKind.MessagePinned, "db is down", Times.At(3), "u-ana", messageId: "m1");
        incident.Record(TimelineKind.MessagePinned, "rolling back", Times.At(4), "u-ana", messageId: "m2");
        TimelineEntry note = incident.Record(TimelineKind.Note, "paged the DBA", Times.At(5), "u-ana");
        await storage.Incidents.AddAsync(incident);

        Incident loaded = (await storage.Incidents.GetAsync(incident.Number))!;
        Assert.True(loaded.EditMessage("m1", "db is down (primary only)"));
        Assert.True(loaded.ForgetMessage("m2"));
        loaded.LinkEntry(loaded.Timeline.Single(e => e.Text == note.Text), "https://chat.example/p/9", "ts-9");
        await storage.Incidents.SaveAsync(loaded);
        storage.Reopen();

        IReadOnlyList<TimelineEntry> timeline = (await storage.Incidents.GetAsync(incident.Number))!.Timeline;
        Assert.Equal("db is down (primary only)", timeline.Single(e => e.MessageId == "m1").Text);
        Assert.DoesNotContain(timeline, e => e.MessageId == "m2");
        Assert.Equal("https://chat.example/p/9", timeline.Single(e => e.Kind == TimelineKind.Note).Link);
    }

    [Fact]
    public async Task SaveAsync_NoteOnACopyLoadedBeforeAnAcknowledgement_KeepsTheAcknowledgement()
    {
        using TestStorage storage = new();
        Incident incident = Declared();
        Incident noting = await CopyMadeStaleByAnAcknowledgementAsync(storage, incident);
        noting.Record(TimelineKind.Note, "checking the load balancer", Times.At(3), "u-ana");
        await storage.Incidents.SaveAsync(noting);

        Incident stored = (await storage.Incidents.GetAsync(incident.Number))!;
        Assert.Equal(IncidentStatus.Acknowledged, stored.Status);
        Assert.Equal(["Incident declared", "Acknowledged", "checking the load balancer"], stored.Timeline.Select(e => e.Text));
    }

    [Fact]
    public async Task AppendAsync_NoteOnACopyLoadedBeforeAnAcknowledgement_StoresTheNoteAndNothingOfTheCopy()
    {
        using TestStorage storage = new();
        Incident incident = Declared();
        Incident noting = await CopyMadeStaleByAnAcknowledgementAsync(storage, incident);
        noting.State.Title = "changed on a stale copy";
        TimelineEntry note = noting.Record(TimelineKind.Note, "checking the load balancer", Times.At(3), "u-ana");
        await storage.Incidents.AppendAsync(noting);
        await storage.Incidents.AppendAsync(noting);
        storage.Reopen();

        Incident stored = (await storage.Incidents.GetAsync(incident.Number))!;
        Assert.Equal(IncidentStatus.Acknowledged, stored.Status);
        Assert.Equal(incident.State.Title, stored.State.Title);
        Assert.Equal(["Incident declared", "Acknowledged", "checking the load balancer"], stored.Timeline.Select(e => e.Text));
        Assert.Equal(note.Id, stored.Timeline.Single(e => e.Kind == TimelineKind.Note).Id);
    }

    [Fact]
    public async Task SaveAsync_SecondSaveOfTheSameIncident_DoesNotStoreEntriesTwice()
    {
        using TestStorage storage = new();
        Incident incident = Declared();
        await storage.Incidents.AddAsync(incident);
        incident.Record(TimelineKind.Note, "once", Times.At(1), "u-ana");

        await storage.Incidents.SaveAsync(incident);
        await storage.Incidents.SaveAsync(incident);

        Assert.Single((await storage.Incidents.GetAsync(incident.Number))!.Timeline, e => e.Text == "once");
    }

    [Fact]
    public async Task Open_FileWithTimelinesInsideIncidentDocuments_MovesThemOutAndKeepsEveryEntry()
    {
        using TempFolder folder = new();
        Directory.CreateDirectory(folder.Path);
        string path = new StorageOptions { DataFolder = folder.Path }.DatabasePath;
        using (LiteDatabase old = new(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            BsonArray entries = [Entry("Incident declared", "StatusUpdate", 0), Entry("paged the DBA", "Note", 5)];
            old.GetCollection("incidents").Insert(new BsonDocument { ["_id"] = 1, ["Title"] = "Checkout errors", ["Status"] = "Triggered", ["Timeline"] = entries });
        }

        using IncidentDatabase database = TestStorage.Open(folder.Path);
        Incident migrated = (await new LiteIncidentStore(database).GetAsync(1))!;

        Assert.Equal(["Incident declared", "paged the DBA"], migrated.Timeline.Select(e => e.Text));
        Assert.False(database.IncidentDocuments.FindById(1).ContainsKey("Timeline"));
    }

    private static BsonDocument Entry(string text, string kind, int minute) => new()
    {
        ["At"] = Times.At(minute).UtcDateTime, ["Kind"] = kind, ["Text"] = text, ["By"] = "u-ana",
    };

    /// <summary>Stores <paramref name="incident"/> and loads a copy of it, then acknowledges it through another copy.</summary>
    private static async Task<Incident> CopyMadeStaleByAnAcknowledgementAsync(TestStorage storage, Incident incident)
    {
        await storage.Incidents.AddAsync(incident);
        Incident stale = (await storage.Incidents.GetAsync(incident.Number))!;
        Incident acknowledging = (await storage.Incidents.GetAsync(incident.Number))!;
        Assert.True(acknowledging.Acknowledge("u-kofi", Times.At(2)));
        await storage.Incidents.SaveAsync(acknowledging);
        return stale;
    }

    private static Incident Declared()
    {
        Incident incident = Incident.Open("Checkout errors", Severity.Sev2, "api", Times.T0, Times.T0, "u-ana");
        incident.Record(TimelineKind.StatusUpdate, "Incident declared", Times.T0, "u-ana");
        return incident;
    }
}

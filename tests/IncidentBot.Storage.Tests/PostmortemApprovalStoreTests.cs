using IncidentBot.Core.Postmortems;

namespace IncidentBot.Storage.Tests;

/// <summary>Approvals are added and never replaced: each with its text, draft, who and when, readable after a restart.</summary>
public sealed class PostmortemApprovalStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Add_ThenReopen_KeepsEveryApprovalOfEachIncidentInOrder()
    {
        using var folder = new TempFolder();
        using (var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path }))
        {
            var approvals = new LitePostmortemApprovalStore(database);
            Assert.True(await approvals.AddAsync(Approval(1, 2, "first", "Foster Adu-Gyamfi", "foster")));
            Assert.True(await approvals.AddAsync(Approval(1, 1, "other incident", "admin", null, incident: 2)));
            Assert.True(await approvals.AddAsync(Approval(2, 3, "second", "admin", null)));
        }

        using var reopened = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var store = new LitePostmortemApprovalStore(reopened);
        var kept = await store.ListAsync(1);
        Assert.Equal([(1, 2, "first", "Foster Adu-Gyamfi", "foster"), (2, 3, "second", "admin", null)],
            kept.Select(a => (a.Number, a.FromRevision, a.Markdown, a.ApprovedBy, a.ApproverId)));
        Assert.Equal(Now.AddMinutes(1), kept[0].ApprovedAt);
        Assert.Equal("other incident", (await store.GetAsync(2, 1))!.Markdown);
        Assert.Null(await store.GetAsync(1, 3));
    }

    [Fact]
    public async Task Add_ANumberTakenAlready_KeepsTheFirst()
    {
        using var folder = new TempFolder();
        using var database = new IncidentDatabase(new StorageOptions { DataFolder = folder.Path });
        var approvals = new LitePostmortemApprovalStore(database);
        await approvals.AddAsync(Approval(1, 2, "first", "admin", null));

        var added = await approvals.AddAsync(Approval(1, 2, "over it", "someone else", null));

        Assert.False(added);
        Assert.Equal("first", (await approvals.GetAsync(1, 1))!.Markdown);
    }

    private static PostmortemApproval Approval(int number, int fromRevision, string markdown, string by, string? personId, int incident = 1) => new()
    {
        IncidentNumber = incident, Number = number, FromRevision = fromRevision, Markdown = markdown, ApprovedBy = by, ApproverId = personId,
        ApprovedAt = Now.AddMinutes(number),
    };
}

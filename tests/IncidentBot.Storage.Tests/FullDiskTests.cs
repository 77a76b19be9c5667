using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Storage.Tests;

public sealed class FullDiskTests
{
    [Fact]
    public async Task Write_DiskFull_FailsAsUnavailableWhileReadsWork_ThenTheSameWriteSucceedsOnceSpaceReturns()
    {
        using TempFolder folder = new();
        FullDisk disk = new();
        using (IncidentDatabase database = new(new StorageOptions { DataFolder = folder.Path, WrapFile = disk.Wrap }))
        {
            LiteIncidentStore incidents = new(database);
            await incidents.AddAsync(IncidentStoreTests.Declared("Checkout errors"));

            disk.IsFull = true;
            await Assert.ThrowsAsync<StorageUnavailableException>(() => incidents.AddAsync(IncidentStoreTests.Declared("Queue backlog")));
            await Assert.ThrowsAsync<StorageUnavailableException>(() => incidents.AddAsync(IncidentStoreTests.Declared("Queue backlog")));
            Assert.Equal(["Checkout errors"], (await incidents.ListAsync()).Select(i => i.State.Title));

            // The failed commits' transactions are left to the garbage collector: their finalizers must not end the process.
            for (int collection = 0; collection < 3; collection++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            disk.IsFull = false;
            Incident retried = IncidentStoreTests.Declared("Queue backlog");
            await incidents.AddAsync(retried);
            Assert.Equal(2, retried.Number);
        }

        using IncidentDatabase reopened = TestStorage.Open(folder.Path);
        Assert.Equal(["Queue backlog", "Checkout errors"], (await new LiteIncidentStore(reopened).ListAsync()).Select(i => i.State.Title));
    }

    [Fact]
    public void Open_DiskFull_RefusesAsUnavailableAndLeavesTheFolderFree()
    {
        using TempFolder folder = new();
        FullDisk disk = new();
        using (TestStorage.Open(folder.Path))
        {
        }

        disk.IsFull = true;
        Assert.Throws<StorageUnavailableException>(() => new IncidentDatabase(new StorageOptions { DataFolder = folder.Path, WrapFile = disk.Wrap }));

        using IncidentDatabase opened = TestStorage.Open(folder.Path);
    }
}

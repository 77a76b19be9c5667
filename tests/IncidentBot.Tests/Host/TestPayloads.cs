namespace IncidentBot.Tests.Host;

/// <summary>Reads payload files copied into the test output (Fixtures/…, drills/…).</summary>
public static class TestPayloads
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));
}

using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Alerts;

/// <summary>Compares a secret a request presents with the configured one in constant time, so timing tells nothing of it.</summary>
internal static class Secrets
{
    public static bool Equal(string? presented, string expected) =>
        !string.IsNullOrEmpty(presented)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IncidentBot.Web.Access;

/// <summary>
/// A password kept as PBKDF2-HMAC-SHA256 (<c>pbkdf2-sha256$iterations$salt$hash</c>, salt and hash in base64): what
/// <c>Web:Admin:PasswordHash</c> holds, so the configuration never holds the password. 600,000 iterations by default,
/// as OWASP's password storage cheat sheet recommends for this function; checking compares in constant time.
/// </summary>
public sealed record PasswordHash(int Iterations, byte[] Salt, byte[] Hash)
{
    public const int DefaultIterations = 600_000;

    /// <summary>Fewer than this is refused at start: a hash that cheap is not worth having.</summary>
    public const int MinIterations = 100_000;

    private const string Prefix = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static PasswordHash Create(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new PasswordHash(iterations, salt, Derive(password, salt, iterations));
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out PasswordHash? hash)
    {
        hash = null;
        var parts = (text ?? "").Split('$');
        if (parts is not [Prefix, var count, var salt, var derived]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations < MinIterations)
        {
            return false;
        }

        try
        {
            hash = new PasswordHash(iterations, Convert.FromBase64String(salt), Convert.FromBase64String(derived));
        }
        catch (FormatException)
        {
            return false;
        }

        return hash.Salt.Length >= SaltBytes && hash.Hash.Length == HashBytes;
    }

    public bool Verifies(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return CryptographicOperations.FixedTimeEquals(Derive(password, Salt, Iterations), Hash);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}${Iterations}${Convert.ToBase64String(Salt)}${Convert.ToBase64String(Hash)}");

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IncidentBot.Web.Access;

/// <summary>
/// Slows password guessing: after <see cref="WebOptions.SignInAttempts"/> failed sign-ins in a row from one address,
/// or for one user name, that address or name is locked out for <see cref="WebOptions.SignInLockout"/>, doubled with
/// each further lockout up to an hour. While locked, no password is checked at all. A success clears both. Kept in
/// memory: a restart forgets it, which costs a guesser a restart of the bot per few guesses.
/// </summary>
public sealed class SignInThrottle(IOptions<WebOptions> options, TimeProvider time)
{
    private const int MaxTracked = 10_000;
    private static readonly TimeSpan MaxLockout = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>When the address or user may try again, if either is locked out now.</summary>
    public DateTimeOffset? LockedUntil(string address, string user)
    {
        var now = time.GetUtcNow();
        var until = new[] { Key("address", address), Key("user", user) }
            .Select(key => _failures.TryGetValue(key, out var f) ? f.LockedUntil : null)
            .Where(at => at > now)
            .DefaultIfEmpty(null)
            .Max();
        return until;
    }

    public void Failed(string address, string user)
    {
        if (_failures.Count > MaxTracked)
        {
            Forget(time.GetUtcNow());
        }

        foreach (var key in new[] { Key("address", address), Key("user", user) })
        {
            _failures.AddOrUpdate(key, _ => Next(new Failures(0, 0, null)), (_, f) => Next(f));
        }
    }

    public void Succeeded(string address, string user)
    {
        _failures.TryRemove(Key("address", address), out _);
        _failures.TryRemove(Key("user", user), out _);
    }

    private Failures Next(Failures f)
    {
        var count = f.Count + 1;
        if (count < options.Value.SignInAttempts)
        {
            return f with { Count = count };
        }

        var lockout = options.Value.SignInLockout * Math.Pow(2, Math.Min(f.Lockouts, 12));
        return new Failures(0, f.Lockouts + 1, time.GetUtcNow() + (lockout < MaxLockout ? lockout : MaxLockout));
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, f) in _failures)
        {
            if (f.LockedUntil is null || f.LockedUntil < now)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string kind, string value) => $"{kind}:{value.Trim().ToUpperInvariant()}";

    private sealed record Failures(int Count, int Lockouts, DateTimeOffset? LockedUntil);
}

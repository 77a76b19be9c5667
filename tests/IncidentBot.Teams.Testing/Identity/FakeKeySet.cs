using System.Text.Json;

namespace IncidentBot.Teams.Testing.Identity;

/// <summary>
/// One issuer's published keys (the Bot Framework's, or a tenant's) and how often its metadata and JWKS were
/// fetched. Keys can be made without publishing them (a forged or future key), published, retired, and rolled over.
/// Thread-safe: the fake server reads it while a test changes it.
/// </summary>
public sealed class FakeKeySet : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeSigningKey> _all = [];
    private readonly List<FakeSigningKey> _published = [];
    private readonly IReadOnlyList<string>? _defaultEndorsements;
    private readonly string _keyIdPrefix;
    private int _metadataRequests;
    private int _keysRequests;

    internal FakeKeySet(string issuer, Uri authorizationEndpoint, string keyIdPrefix, IReadOnlyList<string>? defaultEndorsements)
    {
        Issuer = issuer;
        AuthorizationEndpoint = authorizationEndpoint;
        _keyIdPrefix = keyIdPrefix;
        _defaultEndorsements = defaultEndorsements;
        Current = CreateKey();
        Publish(Current);
    }

    /// <summary>The <c>issuer</c> its metadata names.</summary>
    public string Issuer { get; }

    /// <summary>The <c>authorization_endpoint</c> its metadata names (never called by a bot).</summary>
    public Uri AuthorizationEndpoint { get; }

    /// <summary>The key tokens are signed with unless a test says otherwise.</summary>
    public FakeSigningKey Current { get; private set; }

    /// <summary>While set, its metadata and JWKS answer 503 (an outage at Microsoft); requests are still counted.</summary>
    public bool IsUnavailable { get; set; }

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public int KeysRequests => Volatile.Read(ref _keysRequests);

    /// <summary>A new key, not published, endorsed as the set's keys are (Bot Framework: <c>msteams</c>).</summary>
    public FakeSigningKey CreateKey() => CreateKey(_defaultEndorsements);

    /// <summary>A new key, not published, with these endorsements (null: no <c>endorsements</c> member).</summary>
    public FakeSigningKey CreateKey(IReadOnlyList<string>? endorsements)
    {
        lock (_gate)
        {
            var key = new FakeSigningKey($"{_keyIdPrefix}-{_all.Count + 1}", endorsements);
            _all.Add(key);
            return key;
        }
    }

    public void Publish(FakeSigningKey key)
    {
        lock (_gate)
        {
            _published.Add(key);
        }
    }

    public void Retire(FakeSigningKey key)
    {
        lock (_gate)
        {
            _published.Remove(key);
        }
    }

    /// <summary>Publishes a new key and signs with it from now on; the old one stays published until retired.</summary>
    public FakeSigningKey RollOver()
    {
        var key = CreateKey();
        Publish(key);
        Current = key;
        return key;
    }

    internal string MetadataJson(Uri jwksUri)
    {
        Interlocked.Increment(ref _metadataRequests);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = AuthorizationEndpoint.AbsoluteUri,
            ["jwks_uri"] = jwksUri.AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        });
    }

    internal string KeysJson()
    {
        Interlocked.Increment(ref _keysRequests);
        lock (_gate)
        {
            return JsonSerializer.Serialize(new { keys = _published.Select(key => key.ToJwk()).ToList() });
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _all.ForEach(key => key.Dispose());
        }
    }
}

using IncidentBot.Teams.Auth;
using IncidentBot.Teams.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentBot.Teams.Tests.Auth;

/// <summary>
/// A fake Bot Framework identity and an authenticator wired to it through <c>AddTeamsAuthentication</c>. The clock
/// is a <see cref="FakeTimeProvider"/> years away from the real one, so a lifetime check that read the system clock
/// would refuse every token.
/// </summary>
internal sealed class AuthHarness : IAsyncDisposable
{
    public const string ChannelId = "msteams";
    public const string ServiceUrl = FakeBotFrameworkIdentity.DefaultServiceUrl;

    public static readonly DateTimeOffset Start = new(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private AuthHarness(FakeBotFrameworkIdentity identity, FakeTimeProvider time, ServiceProvider services)
    {
        Identity = identity;
        Time = time;
        _services = services;
        Authenticator = services.GetRequiredService<TeamsRequestAuthenticator>();
    }

    public FakeBotFrameworkIdentity Identity { get; }

    public FakeTimeProvider Time { get; }

    public TeamsRequestAuthenticator Authenticator { get; }

    public static async Task<AuthHarness> StartAsync(Action<TeamsOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var identity = await FakeBotFrameworkIdentity.StartAsync(time);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddTeamsAuthentication();
        services.Configure<TeamsOptions>(options =>
        {
            identity.ApplyTo(options);
            configure?.Invoke(options);
        });
        return new AuthHarness(identity, time, services.BuildServiceProvider());
    }

    public Task<TeamsAuthResult> AuthenticateAsync(string? authorization, string? channelId = ChannelId, string? serviceUrl = ServiceUrl) =>
        Authenticator.AuthenticateAsync(authorization, channelId, serviceUrl);

    public Task<TeamsAuthResult> AuthenticateBearerAsync(string token, string? channelId = ChannelId, string? serviceUrl = ServiceUrl) =>
        AuthenticateAsync("Bearer " + token, channelId, serviceUrl);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Identity.DisposeAsync();
    }
}

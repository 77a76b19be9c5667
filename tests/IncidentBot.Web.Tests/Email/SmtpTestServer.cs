using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace IncidentBot.Web.Tests.Email;

/// <summary>
/// A real SMTP server (the SmtpServer library, over TCP) on 127.0.0.1 and a port of its own, keeping what it accepts
/// with its envelope; <see cref="RefuseNext"/> makes it answer the next messages with 451, as a busy server does.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private Task _running = Task.CompletedTask;

    public int Port { get; private set; }

    /// <summary>Every message accepted, with the envelope's recipients, in order.</summary>
    public IReadOnlyList<ReceivedMail> Received => [.. _store.Received];

    /// <summary>How many messages were refused so far.</summary>
    public int Refused => _store.Refused;

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(server._store);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        server._running = new SmtpServer.SmtpServer(options, services).StartAsync(server._stop.Token);
        server.Port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return server;
    }

    /// <summary>Answers the next <paramref name="count"/> messages with 451 (local error, try again later).</summary>
    public void RefuseNext(int count) => _store.RefuseNext(count);

    /// <summary>Waits until <paramref name="count"/> messages were accepted, or fails after 15 seconds.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count = 1)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(15);
        while (_store.Received.Count < count)
        {
            if (DateTimeOffset.UtcNow > until)
            {
                throw new TimeoutException($"The SMTP server received {_store.Received.Count} message(s), not {count}.");
            }

            await Task.Delay(20);
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private int _refuse;
        private int _refused;

        public ConcurrentQueue<ReceivedMail> Received { get; } = new();

        public int Refused => _refused;

        public void RefuseNext(int count) => Interlocked.Exchange(ref _refuse, count);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _refuse) >= 0)
            {
                Interlocked.Increment(ref _refused);
                return new SmtpResponse((SmtpReplyCode)451, "4.3.0 Busy, try again later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeKit.MimeMessage.LoadAsync(stream, cancellationToken);
            Received.Enqueue(new ReceivedMail([.. transaction.To.Select(m => $"{m.User}@{m.Host}")], message));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>A message the test server accepted: the envelope's recipients and the message as parsed.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> Recipients, MimeKit.MimeMessage Message);

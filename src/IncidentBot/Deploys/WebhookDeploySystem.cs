using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IncidentBot.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Security;
using Microsoft.Extensions.Options;

namespace IncidentBot.Deploys;

/// <summary>
/// Asks each service's rollback webhook to roll back: signed JSON with an <c>Idempotency-Key</c>. The webhook
/// answers the outcome at once, or <c>accepted</c> and calls back <c>POST /rollbacks/{id}</c> later.
/// A server error or timeout throws, so the job is retried with the same key.
/// </summary>
public sealed class WebhookDeploySystem(HttpClient http, IOptions<Dictionary<string, ServiceOptions>> services, IOptions<BotOptions> bot) : IDeploySystem
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public IReadOnlyCollection<string> Services { get; } =
        services.Value.Where(s => s.Value.RollbackUrl is not null).Select(s => s.Key).ToList();

    public async Task<RollbackOutcome> RollBackAsync(RollbackOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var service = services.Value.GetValueOrDefault(order.Service)
            ?? throw new InvalidOperationException($"Service '{order.Service}' has no rollback webhook.");
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                rollbackId = order.RollbackId,
                incident = IncidentKey.Format(order.IncidentNumber),
                service = order.Service,
                fromVersion = order.FromVersion,
                toVersion = order.ToVersion,
                requestedBy = order.RequestedBy,
                callbackUrl = bot.Value.PublicBaseUrl is { } baseUrl ? CallbackUrl(baseUrl, order.RollbackId) : null,
            },
            JsonSerializerOptions.Web);
        using var request = new HttpRequestMessage(HttpMethod.Post, service.RollbackUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(IdempotencyHeader, order.IdempotencyKey);
        request.Headers.Add(RequestAuthenticator.SignatureHeader, RequestAuthenticator.Sign(body, service.Secret ?? throw new InvalidOperationException($"Service '{order.Service}' has no Secret to sign with.")));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(service.Timeout);
        using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        var reply = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new HttpRequestException($"The rollback webhook of {order.Service} answered {(int)response.StatusCode}; retrying later.", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            return RollbackOutcome.Failed($"the rollback webhook refused the request ({(int)response.StatusCode})");
        }

        return response.StatusCode == HttpStatusCode.Accepted && reply.Length == 0
            ? RollbackOutcome.Pending
            : RollbackReply.Parse(reply) ?? RollbackOutcome.Failed("the rollback webhook's answer was not understood");
    }

    /// <summary><c>{base}/rollbacks/{id}</c>, keeping the base's path whether or not it ends in a slash.</summary>
    private static Uri CallbackUrl(Uri baseUrl, string rollbackId) =>
        new($"{baseUrl.ToString().TrimEnd('/')}/rollbacks/{Uri.EscapeDataString(rollbackId)}");
}

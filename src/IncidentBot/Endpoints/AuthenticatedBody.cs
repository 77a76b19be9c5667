using IncidentBot.Configuration;
using IncidentBot.Security;

namespace IncidentBot.Endpoints;

/// <summary>A webhook body read whole and checked against its sender's secret, or the answer that refuses it.</summary>
public sealed record AuthenticatedBody(byte[]? Body, IResult? Refusal)
{
    public static async Task<AuthenticatedBody> ReadAsync(HttpRequest request, SourceSecretOptions? secret, CancellationToken cancellationToken)
    {
        var body = await RawBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return new AuthenticatedBody(null, RawBody.TooLarge());
        }

        return RequestAuthenticator.Verify(request, body, secret) is { } unauthenticated
            ? new AuthenticatedBody(null, RawBody.Problem(StatusCodes.Status401Unauthorized, unauthenticated))
            : new AuthenticatedBody(body, null);
    }
}

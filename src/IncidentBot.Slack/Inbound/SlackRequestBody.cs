using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace IncidentBot.Slack.Inbound;

/// <summary>
/// The raw bytes of a request from Slack, read whole (up to <see cref="MaxBytes"/>) and verified before
/// anything parses them; or the answer that refuses the request.
/// </summary>
internal sealed record SlackRequestBody(byte[] Body, IResult? Refusal)
{
    /// <summary>Slack's largest payloads (modal views with their state) stay well below this.</summary>
    public const int MaxBytes = 1024 * 1024;

    public static async Task<SlackRequestBody> ReadVerifiedAsync(HttpContext context, SlackSignatureVerifier verifier)
    {
        var body = await ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {MaxBytes} bytes");
        }

        var verified = verifier.Verify(context.Request.Headers, body);
        return verified.IsValid ? new SlackRequestBody(body, null) : Refuse(StatusCodes.Status401Unauthorized, verified.Reason!);
    }

    /// <summary>
    /// <see cref="ReadVerifiedAsync"/>, and refused with 409 when its signature was taken in before (a replay): for
    /// requests that act and that Slack never retries, slash commands and interactions.
    /// </summary>
    public static async Task<SlackRequestBody> ReadVerifiedOnceAsync(HttpContext context, SlackSignatureVerifier verifier, SlackReplayGuard replays)
    {
        var read = await ReadVerifiedAsync(context, verifier).ConfigureAwait(false);
        return read.Refusal is not null || await replays.IsFirstDeliveryAsync(context.Request.Headers, CancellationToken.None).ConfigureAwait(false)
            ? read
            : Refuse(StatusCodes.Status409Conflict, "this signed request was received before: a replay is not handled again");
    }

    /// <summary>An error answer: <c>{"error": "..."}</c> with the status code.</summary>
    public static IResult Problem(int status, string error) => Results.Json(new { error }, statusCode: status);

    private static SlackRequestBody Refuse(int status, string error) => new([], Problem(status, error));

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length > MaxBytes)
            {
                reader.AdvanceTo(read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                return body;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }
}

namespace IncidentBot.Endpoints;

/// <summary>Reads a request body as bytes, so signatures are checked on exactly what was sent.</summary>
public static class RawBody
{
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The body, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static IResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBytes} bytes.");

    /// <summary>An error answer: <c>{"error": "..."}</c> with the status code.</summary>
    public static IResult Problem(int status, string error) => Results.Json(new { error }, statusCode: status);
}

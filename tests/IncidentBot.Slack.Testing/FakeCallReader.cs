using System.Text;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace IncidentBot.Slack.Testing;

/// <summary>Turns an HTTP request into a <see cref="FakeSlackCall"/>: the raw body, the parsed arguments, the token.</summary>
internal static class FakeCallReader
{
    public static async Task<FakeSlackCall> ReadAsync(HttpContext context, string method, DateTimeOffset at)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var (kind, arguments) = Parse(request.ContentType, body);
        var query = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            query.Add(name);
            arguments[name] ??= (string?)values;
        }

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var bearer = request.Headers.Authorization.ToString();
        var token = bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer["Bearer ".Length..].Trim() : null;
        return new FakeSlackCall(method, request.Method, request.ContentType, kind, headers, body, arguments, query, token, at);
    }

    private static (FakeBodyKind Kind, JsonObject Arguments) Parse(string? contentType, string body)
    {
        if (body.Length == 0)
        {
            return (FakeBodyKind.None, []);
        }

        if (contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = new JsonObject();
            foreach (var (name, values) in QueryHelpers.ParseQuery(body))
            {
                form[name] = values.ToString();
            }

            return (FakeBodyKind.Form, form);
        }

        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true && FakeJson.TryParse(body) is JsonObject json)
        {
            return (FakeBodyKind.Json, json);
        }

        return (FakeBodyKind.Other, []);
    }
}

using System.Text.Json;
using IncidentBot.Core.People;
using IncidentBot.Endpoints;

namespace IncidentBot.Local;

/// <summary>
/// Reads the JSON body of a <c>/local/*</c> request and the person it acts as, so a body that is missing, too large,
/// not the JSON asked for or acting as nobody configured is answered 400 with what is wrong and an example, not an
/// empty 400 (or a 500) from the framework's binding.
/// </summary>
internal static class LocalRequestBody
{
    public static async Task<LocalRequest<T>> ReadAsync<T>(HttpRequest http, IPeopleDirectory people, string example, CancellationToken cancellationToken)
        where T : class, ILocalRequest
    {
        var body = await RawBody.ReadAsync(http, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return new(null, null, RawBody.TooLarge());
        }

        if (body.Length == 0)
        {
            return Refused($"The body is empty: send JSON like {example}");
        }

        T? request;
        try
        {
            request = JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            return Refused($"The body is not the JSON asked for ({e.Message}): send JSON like {example}");
        }

        if (request is null)
        {
            return Refused($"The body is null: send JSON like {example}");
        }

        return PersonNamed(people, request.As) is { } person ? new(request, person, null) : new(null, null, UnknownPerson(people, request.As));

        static LocalRequest<T> Refused(string error) => new(null, null, RawBody.Problem(StatusCodes.Status400BadRequest, error));
    }

    /// <summary>The configured person (or guest) with this id; null for none.</summary>
    public static Person? PersonNamed(IPeopleDirectory people, string? id) => string.IsNullOrWhiteSpace(id) ? null : people.Find(id);

    public static IResult UnknownPerson(IPeopleDirectory people, string? given) => RawBody.Problem(
        StatusCodes.Status400BadRequest,
        $"'as' must name a configured person ({string.Join(", ", people.All.Select(p => p.Id))}){(string.IsNullOrWhiteSpace(given) ? "" : $"; '{given}' is none")}.");
}

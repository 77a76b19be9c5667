using IncidentBot.Core.People;

namespace IncidentBot.Local;

/// <summary>A <c>/local/*</c> request as read: its body and the person it acts as, or the 400 to answer instead.</summary>
internal sealed record LocalRequest<T>(T? Request, Person? Person, IResult? Refusal);

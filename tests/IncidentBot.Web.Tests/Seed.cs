using IncidentBot.Core.Alerts;
using IncidentBot.Core.Changes;
using IncidentBot.Core.Chat;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Rollbacks;
using IncidentBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentBot.Web.Tests;

/// <summary>Incidents put straight into the bot's stores, as the workflow would have left them.</summary>
public static class Seed
{
    public const string Script = "<script>alert(1)</script>";
    public const string Image = "<img src=x onerror=alert(2)>";

    public static readonly DateTimeOffset Day1 = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static async Task<Incident> IncidentAsync(
        IServiceProvider services, string title, Severity severity, string service, DateTimeOffset startedAt, bool resolved = false)
    {
        var store = services.GetRequiredService<IIncidentStore>();
        var incident = Incident.Open(title, severity, service, startedAt, startedAt, declaredBy: "ada");
        await store.AddAsync(incident);
        if (resolved)
        {
            incident.Acknowledge("ada", startedAt.AddMinutes(2));
            incident.Resolve("ada", startedAt.AddMinutes(30), "Fixed");
            await store.SaveAsync(incident);
        }

        return incident;
    }

    /// <summary>INC-1: an alert, a lead, a note, a message, a suspect deploy and a rollback, each carrying <paramref name="text"/>.</summary>
    public static async Task<Incident> FullIncidentAsync(IServiceProvider services, string title = "Checkout returns HTTP 500", string text = "Deploy 4.2 broke payments")
    {
        var at = Day1;
        await services.GetRequiredService<IChangeStore>().AddAsync(new ChangeEvent
        {
            Id = "deploy-42", Service = "checkout", Version = "4.2", Previous = "4.1", By = "kofi", Description = text, At = at.AddMinutes(-20),
        });
        var store = services.GetRequiredService<IIncidentStore>();
        var incident = Incident.Open(title, Severity.Sev1, "checkout", at, at, declaredBy: null);
        incident.ApplyAlert(new NormalizedAlert("generic", "fp-1", "checkout-500", AlertStatus.Firing, title, text, "checkout", Severity.Sev1, at, null, "javascript:alert(3)", new Dictionary<string, string>()), at);
        incident.Acknowledge("ada", at.AddMinutes(3));
        incident.AssignLead("kofi", "Kofi Boateng", "ada", at.AddMinutes(4));
        incident.Record(TimelineKind.Note, text, at.AddMinutes(5), "kofi", link: "https://chat.example.com/m/1");
        await store.AddAsync(incident);
        await services.GetRequiredService<ITranscriptStore>().UpsertAsync(new TranscriptMessage
        {
            Id = TranscriptMessage.IdOf("C1", "m2"), IncidentNumber = incident.Number, ChannelId = "C1", MessageId = "m2",
            AuthorId = "ada", AuthorName = "Ada Mensah", Text = $"Rolling back: {text}", At = at.AddMinutes(6),
        });
        await services.GetRequiredService<IRollbackStore>().AddAsync(new Rollback
        {
            IncidentNumber = incident.Number, Service = "checkout", FromVersion = "4.2", ToVersion = "4.1", Status = RollbackStatus.Succeeded,
            RequestedBy = "ada", RequestedAt = at.AddMinutes(7), DecidedBy = "kofi", DecidedAt = at.AddMinutes(8), Message = $"Rolled back ({text})",
        });
        return incident;
    }
}

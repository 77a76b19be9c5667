using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Data files written before timelines had a collection of their own kept each incident's entries inside
/// its document (a <c>Timeline</c> array). Opening such a file moves them out, in one transaction, so nothing
/// recorded then is lost; a file without any is left as it is.
/// </summary>
internal sealed class TimelineMigration(IncidentDatabase database)
{
    private const string EmbeddedField = "Timeline";

    public void MoveEmbeddedTimelines()
    {
        var incidents = database.IncidentDocuments;
        if (!incidents.Exists(Query.Not(EmbeddedField, BsonValue.Null)))
        {
            return;
        }

        database.Write(() =>
        {
            foreach (var incident in incidents.Find(Query.Not(EmbeddedField, BsonValue.Null)).ToList())
            {
                foreach (var entry in incident[EmbeddedField].AsArray.Select(e => e.AsDocument))
                {
                    entry.Remove("_id");
                    entry[IncidentDatabase.TimelineIncidentField] = incident["_id"];
                    database.TimelineEntries.Insert(entry);
                }

                incident.Remove(EmbeddedField);
                incidents.Update(incident);
            }

            return true;
        });
    }
}

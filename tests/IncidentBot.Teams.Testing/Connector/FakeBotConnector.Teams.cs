using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using IncidentBot.Teams.Connector;

namespace IncidentBot.Teams.Testing.Connector;

/// <summary>The fake's Teams: conversations, their activities and members, and people who cannot be written to.</summary>
public sealed partial class FakeBotConnector
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private readonly Dictionary<string, FakeTeamsConversation> _conversations = new(StringComparer.Ordinal);
    private readonly List<FakeTeamsActivity> _activities = [];
    private readonly Dictionary<string, List<TeamsMember>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TeamsUnreachableReason> _unreachable = new(StringComparer.Ordinal);
    private long _nextId = 1_795_569_000_000;

    /// <summary>Every conversation created or sent to, in the order first seen.</summary>
    public IReadOnlyList<FakeTeamsConversation> Conversations
    {
        get
        {
            lock (_gate)
            {
                return [.. _conversations.Values];
            }
        }
    }

    /// <summary>Every message sent (replies and a thread's first message too), as last updated, in the order sent.</summary>
    public IReadOnlyList<FakeTeamsActivity> Activities
    {
        get
        {
            lock (_gate)
            {
                return [.. _activities];
            }
        }
    }

    /// <summary>The messages of one conversation, deleted ones included (see <see cref="FakeTeamsActivity.Deleted"/>).</summary>
    public IReadOnlyList<FakeTeamsActivity> ActivitiesIn(string conversationId) => [.. Activities.Where(a => a.ConversationId == conversationId)];

    /// <summary>What <c>pagedmembers</c> lists for <paramref name="conversationId"/>.</summary>
    public void SetMembers(string conversationId, params TeamsMember[] members)
    {
        lock (_gate)
        {
            _members[conversationId] = [.. members];
        }
    }

    /// <summary>
    /// From now on a 1:1 chat with <paramref name="memberId"/> cannot be created nor written to: 403
    /// <c>MessageWritesBlocked</c> (blocked) or "not part of the conversation roster" (not installed).
    /// </summary>
    public void MakeUnreachable(string memberId, TeamsUnreachableReason reason)
    {
        lock (_gate)
        {
            _unreachable[memberId] = reason;
        }
    }

    private (int Status, JsonObject? Answer) Apply(FakeConnectorCall call)
    {
        lock (_gate)
        {
            if (Unreachable(call) is { } reason)
            {
                var fault = reason == TeamsUnreachableReason.Blocked ? FakeConnectorFault.MessageWritesBlocked() : FakeConnectorFault.NotInRoster();
                return (fault.StatusCode, fault.Body());
            }

            var body = call.Body as JsonObject;
            var conversationId = call.Value("conversationId");
            return call.Operation switch
            {
                "Conversations_CreateConversation" => Create(body!),
                "Conversations_SendToConversation" => (201, Post(conversationId!, body!)),
                "Conversations_ReplyToActivity" => (201, Post(conversationId!, body!)),
                "Conversations_UpdateActivity" => Update(conversationId!, call.Value("activityId")!, body!),
                "Conversations_DeleteActivity" => Delete(conversationId!, call.Value("activityId")!),
                "Conversations_GetConversationPagedMembers" => (200, Members(conversationId!, call.Query)),
                _ => (501, Error("NotImplemented", $"the fake does not implement {call.Operation}")),
            };
        }
    }

    private TeamsUnreachableReason? Unreachable(FakeConnectorCall call)
    {
        var memberId = call.Operation == "Conversations_CreateConversation"
            ? (call.Body?["members"]?[0]?["id"] as JsonValue)?.GetValue<string>()
            : call.Value("conversationId") is { } id && _conversations.TryGetValue(id, out var conversation) ? conversation.MemberId : null;
        return memberId is not null && _unreachable.TryGetValue(memberId, out var reason) ? reason : null;
    }

    private (int, JsonObject?) Create(JsonObject parameters)
    {
        var tenantId = (parameters["tenantId"] ?? parameters["channelData"]?["tenant"]?["id"])?.GetValue<string>();
        if (parameters["channelData"]?["channel"]?["id"]?.GetValue<string>() is { } channelId)
        {
            var first = NextId();
            var thread = $"{channelId};messageid={first}";
            _conversations[thread] = new FakeTeamsConversation(thread, true, channelId, null, tenantId);
            _activities.Add(new FakeTeamsActivity(thread, first, (JsonObject)parameters["activity"]!.DeepClone()));
            return (201, new JsonObject { ["id"] = thread, ["activityId"] = first });
        }

        var memberId = parameters["members"]![0]!["id"]!.GetValue<string>();
        var existing = _conversations.Values.FirstOrDefault(c => c.MemberId == memberId);
        var chat = existing?.Id ?? $"a:fake-personal-{NextId()}";
        _conversations.TryAdd(chat, new FakeTeamsConversation(chat, false, null, memberId, tenantId));
        return (201, new JsonObject { ["id"] = chat });
    }

    private JsonObject Post(string conversationId, JsonObject activity)
    {
        _conversations.TryAdd(conversationId, new FakeTeamsConversation(conversationId, false, null, null, null));
        var id = NextId();
        _activities.Add(new FakeTeamsActivity(conversationId, id, (JsonObject)activity.DeepClone()));
        return new JsonObject { ["id"] = id };
    }

    private (int, JsonObject?) Update(string conversationId, string activityId, JsonObject activity)
    {
        var index = _activities.FindIndex(a => a.ConversationId == conversationId && a.Id == activityId && !a.Deleted);
        if (index < 0)
        {
            return (404, Error("ActivityNotFound", "Unknown activity"));
        }

        _activities[index] = _activities[index] with { Activity = (JsonObject)activity.DeepClone(), Updates = _activities[index].Updates + 1 };
        return (200, new JsonObject { ["id"] = activityId });
    }

    private (int, JsonObject?) Delete(string conversationId, string activityId)
    {
        var index = _activities.FindIndex(a => a.ConversationId == conversationId && a.Id == activityId && !a.Deleted);
        if (index < 0)
        {
            return (404, Error("ActivityNotFound", "Unknown activity"));
        }

        _activities[index] = _activities[index] with { Deleted = true };
        return (200, null);
    }

    /// <summary>A page of the members set for the conversation; the continuation token is the next member's index.</summary>
    private JsonObject Members(string conversationId, string query)
    {
        var arguments = System.Web.HttpUtility.ParseQueryString(query);
        var all = _members.TryGetValue(conversationId, out var members) ? members : [];
        var start = int.TryParse(arguments["continuationToken"], CultureInfo.InvariantCulture, out var from) ? from : 0;
        var size = int.TryParse(arguments["pageSize"], CultureInfo.InvariantCulture, out var pageSize) ? pageSize : 200;
        var page = all.Skip(start).Take(size).ToList();
        return new JsonObject
        {
            ["members"] = JsonSerializer.SerializeToNode(page, Json),
            ["continuationToken"] = start + size < all.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);
}

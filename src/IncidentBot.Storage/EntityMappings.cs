using System.Collections;
using System.Reflection;
using LiteDB;

namespace IncidentBot.Storage;

/// <summary>
/// Builds a <see cref="BsonMapper"/>'s mappings up front, on one thread, before the mapper is shared. LiteDB 5.0.21
/// builds a type's mapping the first time it meets the type and registers it before its members are filled in, and
/// other threads look mappings up without a lock (<c>BsonMapper.GetEntityMapper</c>, <c>BuildAddEntityMapper</c>):
/// a thread that reads a document of that type meanwhile gets an object with fields missing, and no error. In a
/// fresh process the first reads come from many threads at once (Hangfire's workers, requests, the reconciler),
/// so jobs lost their state and incidents their alerts' fields. Once every mapping is built, they are only read.
/// </summary>
internal static class EntityMappings
{
    /// <summary>
    /// Builds the mapping of each of <paramref name="documentTypes"/> and of every type of ours reachable from them
    /// through properties, collection items and dictionary values, and of every dictionary type among them (LiteDB
    /// maps a dictionary through a mapping of its own type too). Other types (strings, numbers, dates, lists) are
    /// values to LiteDB and need no mapping.
    /// </summary>
    public static BsonMapper BuildEntityMappings(this BsonMapper mapper, params Type[] documentTypes)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        var build = typeof(BsonMapper).GetMethod(nameof(BsonMapper.Entity), Type.EmptyTypes)
            ?? throw new MissingMethodException(nameof(BsonMapper), nameof(BsonMapper.Entity));
        var ours = documentTypes.Select(t => t.Assembly).ToHashSet();
        HashSet<Type> seen = [];
        Stack<Type> pending = new(documentTypes);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var inner in type.IsArray ? [type.GetElementType()!] : type.GenericTypeArguments)
            {
                pending.Push(inner);
            }

            if (ours.Contains(type.Assembly) && type is { IsEnum: false, IsInterface: false, IsAbstract: false, IsGenericType: false })
            {
                build.MakeGenericMethod(type).Invoke(mapper, null);
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    pending.Push(property.PropertyType);
                }
            }
            else if (type is { IsClass: true, IsAbstract: false } && typeof(IDictionary).IsAssignableFrom(type))
            {
                build.MakeGenericMethod(type).Invoke(mapper, null);
            }
        }

        return mapper;
    }
}

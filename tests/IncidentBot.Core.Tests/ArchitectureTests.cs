using System.Reflection;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Tests;

/// <summary>The core knows no platform: no ASP.NET Core, LiteDB, Hangfire or HTTP client (README, Architecture).</summary>
public sealed class ArchitectureTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Core = typeof(Incident).Assembly;

    /// <summary>The assembly HttpClient lives in, by name (<c>System.Net.Http</c>), so the check follows it wherever it is.</summary>
    private static readonly string HttpAssembly = typeof(HttpClient).Assembly.GetName().Name!;

    [Fact]
    public void Core_ReferencedAssemblies_IncludeNoPlatformDatabaseJobOrHttpLibrary()
    {
        Assert.Equal("System.Net.Http", HttpAssembly);

        Assert.Empty(Forbidden(Core));
    }

    [Fact]
    public void Forbidden_AnAssemblyUsingHttpClient_IsCaught()
    {
        Assert.Contains(HttpAssembly, Forbidden(typeof(ArchitectureTests).Assembly));
        Assert.Contains(typeof(HttpHolder).FullName!, HttpClientUsers([typeof(HttpHolder)]));
    }

    [Fact]
    public void Core_Types_NeverTakeKeepOrReturnAnHttpClient()
    {
        Assert.Empty(HttpClientUsers(Core.GetTypes()));
    }

    private static List<string> Forbidden(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => name == HttpAssembly
                || name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("LiteDB", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Hangfire", StringComparison.OrdinalIgnoreCase))
            .ToList();

    private static List<string> HttpClientUsers(IEnumerable<Type> types) =>
        types.Where(type => SignatureTypes(type).Any(IsHttp)).Select(type => type.FullName ?? type.Name).ToList();

    private static IEnumerable<Type> SignatureTypes(Type type) =>
        type.GetFields(Everything).Select(f => f.FieldType)
            .Concat(type.GetProperties(Everything).Select(p => p.PropertyType))
            .Concat(type.GetConstructors(Everything).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
            .Concat(type.GetMethods(Everything).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));

    private static bool IsHttp(Type type) =>
        type.Assembly.GetName().Name == HttpAssembly
        || (type.IsGenericType && type.GetGenericArguments().Any(IsHttp))
        || (type.HasElementType && IsHttp(type.GetElementType()!));

    /// <summary>What the core must not look like.</summary>
    private sealed class HttpHolder(HttpClient http)
    {
        public Task<string> GetAsync(Uri uri) => http.GetStringAsync(uri);
    }
}

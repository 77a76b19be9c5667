using System.ClientModel;
using IncidentBot.Configuration;
using IncidentBot.Core.Postmortems.Narrative;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace IncidentBot.Hosting;

/// <summary>
/// Wires the optional postmortem model: one OpenAI-compatible chat client (OpenAI, or Ollama's
/// <c>/v1/</c> endpoint) behind <see cref="IChatClient"/>, and the core's <see cref="ModelNarrator"/>. With
/// <c>Postmortem:Model</c> empty nothing is registered, so the composer drafts exactly as without this.
/// </summary>
public static class PostmortemModelServiceCollectionExtensions
{
    /// <summary>Ollama and other local servers ignore the key, but the OpenAI client will not go without one.</summary>
    private const string NoKey = "no-key";

    public static IServiceCollection AddPostmortemModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PostmortemOptions>().BindConfiguration(PostmortemOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PostmortemOptions>, PostmortemOptionsValidator>();
        // Whether to register a client at all is decided here, before any options instance exists; the
        // validated options are what the client is then built from.
        if (configuration.GetSection(PostmortemOptions.SectionName).Get<PostmortemOptions>() is not { Enabled: true })
        {
            return services;
        }

        services.AddSingleton(sp => Client(sp.GetRequiredService<IOptions<PostmortemOptions>>().Value));
        services.AddSingleton<IPostmortemNarrator>(sp => new ModelNarrator(
            sp.GetRequiredService<IChatClient>(),
            sp.GetRequiredService<IOptions<PostmortemOptions>>().Value.Timeout,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ModelNarrator>>()));
        return services;
    }

    private static IChatClient Client(PostmortemOptions options)
    {
        var client = new OpenAIClientOptions { NetworkTimeout = options.Timeout };
        if (options.Endpoint is { } endpoint)
        {
            client.Endpoint = endpoint;
        }

        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        return new OpenAI.Chat.ChatClient(options.Model, new ApiKeyCredential(key), client).AsIChatClient();
    }
}

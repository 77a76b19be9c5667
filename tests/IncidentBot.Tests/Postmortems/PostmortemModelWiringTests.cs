using IncidentBot.Core.Postmortems.Narrative;
using IncidentBot.Tests.Host;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentBot.Tests.Postmortems;

public sealed class PostmortemModelWiringTests
{
    [Fact]
    public async Task Start_WithoutPostmortemModel_RegistersNoModelClient()
    {
        await using var bot = new BotFactory();
        bot.Settings["Postmortem:Endpoint"] = "http://localhost:11434/v1/";
        using var client = bot.CreateClient();

        Assert.Null(bot.Services.GetService<IChatClient>());
        Assert.Null(bot.Services.GetService<IPostmortemNarrator>());
    }

    [Fact]
    public async Task Start_WithOllamaModel_RegistersOneOpenAiCompatibleClientForThatEndpoint()
    {
        await using var bot = new BotFactory();
        bot.Settings["Postmortem:Model"] = "llama3.1";
        bot.Settings["Postmortem:Endpoint"] = "http://localhost:11434/v1/";
        using var client = bot.CreateClient();

        var model = bot.Services.GetRequiredService<IChatClient>();
        var metadata = model.GetService<ChatClientMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("llama3.1", metadata.DefaultModelId);
        Assert.Equal(new Uri("http://localhost:11434/v1/"), metadata.ProviderUri);
        Assert.IsType<ModelNarrator>(bot.Services.GetRequiredService<IPostmortemNarrator>());
    }

    [Theory]
    [InlineData("Postmortem:Endpoint", "http://10.1.2.3:11434/v1/", "Postmortem:Endpoint 'http://10.1.2.3:11434/v1/' must be an absolute https address")]
    [InlineData("Postmortem:Endpoint", "ftp://models.example.com/", "Postmortem:Endpoint 'ftp://models.example.com/'")]
    [InlineData("Postmortem:Timeout", "00:00:00", "Postmortem:Timeout must be longer than zero")]
    [InlineData("Postmortem:Timeout", "01:00:00", "Postmortem:Timeout must be longer than zero and at most 00:10:00")]
    [InlineData("Postmortem:ApiKey", "", "Postmortem:ApiKey is required for OpenAI's own endpoint")]
    public async Task Start_WithBadModelSetting_FailsNamingTheKey(string key, string value, string expected)
    {
        await using var bot = new BotFactory();
        bot.Settings["Postmortem:Model"] = "gpt-4o-mini";
        if (key != "Postmortem:ApiKey")
        {
            bot.Settings["Postmortem:ApiKey"] = "sk-test";
        }

        bot.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }
}

using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Tests.Embeddings;

public sealed class EmbeddingOptionsTests
{
    [Fact]
    public void Bind_NothingConfigured_OnWithOneThreadPerCore()
    {
        var options = Options(new Dictionary<string, string?>());

        Assert.True(options.Enabled);
        Assert.Equal(Environment.ProcessorCount, options.Threads);
    }

    [Fact]
    public void Bind_Configured_TakesTheSettings()
    {
        var options = Options(new Dictionary<string, string?> { ["Knowledge:Embeddings:Enabled"] = "false", ["Knowledge:Embeddings:Threads"] = "3" });

        Assert.False(options.Enabled);
        Assert.Equal(3, options.Threads);
    }

    [Fact]
    public void Bind_ZeroThreads_RejectedWithTheSettingNamed()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new Dictionary<string, string?> { ["Knowledge:Embeddings:Threads"] = "0" }));

        Assert.Contains("Threads", error.Message, StringComparison.Ordinal);
    }

    private static EmbeddingOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddKnowledge(configuration, AppContext.BaseDirectory).BuildServiceProvider();
        return services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
    }
}

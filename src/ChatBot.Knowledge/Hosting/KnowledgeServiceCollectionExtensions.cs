using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Hosting;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the knowledge engine. Relative <see cref="KnowledgeOptions"/> paths resolve against <paramref name="rootPath"/>.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration, string rootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .PostConfigure(o =>
            {
                o.SeedsPath = Path.GetFullPath(o.SeedsPath, rootPath);
                o.IndexPath = Path.GetFullPath(o.IndexPath, rootPath);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CorpusLoader>();
        services.AddSingleton<IKnowledgeBase, PendingKnowledgeBase>();
        return services;
    }
}

using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Embeddings;
using Microsoft.Extensions.Configuration;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChatBot.Knowledge.Answers.Reading;

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
        services.AddEmbeddings(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => Gazetteer.LoadDefault());
        services.AddSingleton(_ => TopicCatalog.LoadDefault());
        services.AddSingleton<FactExtractor>();
        services.AddSingleton<KnowledgeText>();
        services.AddSingleton<CorpusLoader>();
        services.AddSingleton<CorpusModelBuilder>();
        services.TryAddSingleton<IHostCoordinator, SingleHostCoordinator>();
        services.AddSingleton<KnowledgeIndex>();
        services.AddSingleton<StatusByMeaning>();
        services.AddSingleton<QuestionParser>();
        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<IKnowledgeBase>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddSingleton<ISourceLibrary>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddSingleton<IKnowledgeAdmin, KnowledgeAdmin>();
        services.AddSingleton<AnswerWarmUp>();
        services.AddSingleton<IReindexListener>(sp => sp.GetRequiredService<AnswerWarmUp>());
        services.AddHostedService<IndexStartupService>();
        services.AddHostedService<SeedsWatchService>();
        return services;
    }
}

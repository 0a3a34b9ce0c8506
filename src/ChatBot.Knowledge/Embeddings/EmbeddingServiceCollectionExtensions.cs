using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Knowledge.Embeddings;

internal static class EmbeddingServiceCollectionExtensions
{
    /// <summary>
    /// Registers sentence vectors: options from <see cref="EmbeddingOptions.SectionName"/>, the encoder (the offline
    /// model unless an <see cref="ISentenceEncoder"/> is registered already), question vectors and generation vectors.
    /// Nothing loads the model until text is embedded, which never happens with embeddings off.
    /// </summary>
    public static IServiceCollection AddEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddingOptions>()
            .Bind(configuration.GetSection(EmbeddingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ISentenceEncoder>(_ => new ArcticSentenceEncoder());
        services.AddSingleton<QueryEmbeddings>();
        services.AddSingleton<GenerationVectors>();
        services.AddHostedService<EncoderWarmUp>();
        return services;
    }
}

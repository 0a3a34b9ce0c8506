using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Hosting;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests.Indexing;

public sealed class IndexValidatorTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddKnowledge(new ConfigurationBuilder().Build(), AppContext.BaseDirectory)
        .BuildServiceProvider();

    [Fact]
    public void FindProblem_CompleteIndex_FindsNone()
    {
        var model = Model(("gabala.txt", TestArticles.Gabala));
        using var directory = Written(model);

        Assert.Null(IndexValidator.FindProblem(directory, model));
    }

    [Fact]
    public void FindProblem_SourceMissingFromIndex_NamesIt()
    {
        using var directory = Written(Model(("gabala.txt", TestArticles.Gabala)));
        var larger = Model(("gabala.txt", TestArticles.Gabala), ("geneva.txt", "Leaders meet in Geneva\n\nThe two leaders met on 3 March 2024 in Geneva. They spoke for an hour.\n"));

        Assert.Equal("geneva.txt is missing from the new index", IndexValidator.FindProblem(directory, larger));
    }

    [Fact]
    public void FindProblem_NothingWritten_SaysSo()
    {
        using var directory = new RAMDirectory();

        Assert.Equal("the new index was not written", IndexValidator.FindProblem(directory, Model(("gabala.txt", TestArticles.Gabala))));
    }

    private CorpusModel Model(params (string File, string Text)[] articles)
    {
        using var seeds = new TempSeeds();
        foreach (var (file, text) in articles) seeds.Write(file, text);
        return _services.GetRequiredService<CorpusModelBuilder>().Build(new CorpusLoader().Load(seeds.Path));
    }

    private RAMDirectory Written(CorpusModel model)
    {
        var directory = new RAMDirectory();
        LuceneIndexWriter.Write(directory, model, _services.GetRequiredService<KnowledgeText>());
        return directory;
    }

    public void Dispose() => _services.Dispose();
}

using ChatBot.Knowledge.Corpus;

namespace ChatBot.Tests.Web;

public sealed class FakeSourceLibrary : ISourceLibrary
{
    private readonly SourceArticle _article = SampleArticle.Create();

    public SourceArticle? Find(string file) => file == SampleArticle.File ? _article : null;
}

using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Answers;

/// <summary>The question-answering engine over the live index.</summary>
internal sealed partial class KnowledgeBase(
    KnowledgeIndex index,
    QuestionParser parser,
    KnowledgeText text,
    TopicCatalog topics,
    IOptions<KnowledgeOptions> options) : IKnowledgeBase, ISourceLibrary
{
    /// <summary>Longer questions are refused before any analysis (the chat layer's default limit too).</summary>
    internal const int MaxQuestionLength = 2000;

    private static readonly IReadOnlyList<string> Examples = ExampleQuestionsFile.Load();

    public IReadOnlyList<Source> Sources =>
        index.Current?.Model.Articles.Select(a => a.Source).OrderByDescending(s => s.Published).ToList() ?? [];

    public IReadOnlyList<string> ExampleQuestions => Examples;

    public IReadOnlyList<string> Topics => topics.Topics.Select(t => t.Name).ToList();

    public SourceArticle? Find(string file) =>
        index.Current?.Model.ArticlesByFile.GetValueOrDefault(file);

    public Answer Ask(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var asked = question.Text ?? "";
        if (string.IsNullOrWhiteSpace(asked)) return Answer.Invalid("Please type a question about the Armenia–Azerbaijan peace talks.");
        if (asked.Length > MaxQuestionLength) return Answer.Invalid($"That question is too long for me; please ask in under {MaxQuestionLength} characters.");
        if (!index.IsReady) return Answer.Invalid("I'm still loading the sources; please ask again in a moment.");
        return index.Use((snapshot, searcher) => Respond(question, snapshot, searcher));
    }

    private Answer Respond(Question question, KnowledgeSnapshot snapshot, Lucene.Net.Search.IndexSearcher searcher)
    {
        var parsed = parser.Parse(question.Text, question.Focus, snapshot);
        if (parsed.Concepts.Count == 0) return Decline();
        var ranked = FactRanker.Rank(parsed, FactRetriever.Retrieve(parsed, snapshot, searcher));
        var answer = parsed.Intent switch
        {
            QuestionIntent.Latest => LatestStatusComposer.Compose(parsed, snapshot.Model, text, ranked),
            QuestionIntent.Timeline => TimelineComposer.Compose(parsed, LatestStatusComposer.Relevant(parsed, snapshot.Model, ranked), snapshot.Model, text),
            _ => null,
        } ?? DirectAnswerComposer.Compose(parsed, ranked, snapshot.Model, text, options.Value.MaxCitations);
        return answer is null ? Decline() : answer with { Focus = QuestionParser.FocusOf(parsed, question.Focus) };
    }

    private Answer Decline()
    {
        var known = string.Join(", ", Topics.Take(6));
        var notice = known.Length == 0
            ? "I couldn't find that in the sources."
            : $"I couldn't find that in the sources. I can answer questions about {known}.";
        return Answer.Decline(notice, Examples.Take(3).ToList());
    }
}

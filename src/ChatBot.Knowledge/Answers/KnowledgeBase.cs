using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Options;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Composing;
using ChatBot.Knowledge.Answers.Retrieval;

namespace ChatBot.Knowledge.Answers;

/// <summary>The question-answering engine over the live index.</summary>
internal sealed partial class KnowledgeBase(
    KnowledgeIndex index,
    QuestionParser parser,
    KnowledgeText text,
    TopicCatalog topics,
    Gazetteer gazetteer,
    QueryEmbeddings embeddings,
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
        var parsed = parser.Parse(ChatShorthand.Default.Expand(question.Text, snapshot.Vocabulary), question.Focus, snapshot);
        parsed = parsed with
        {
            Meaning = new QuestionMeaning(() => embeddings.Embed(parsed.MeaningText), snapshot.Vectors),
            SubjectMeaning = parsed.SubjectText is { } subject ? new QuestionMeaning(() => embeddings.Embed(subject), snapshot.Vectors) : QuestionMeaning.None,
            NamedSpeakerMeaning = parsed.NamedSpeakerText is { } named ? new QuestionMeaning(() => embeddings.Embed(named), snapshot.Vectors) : QuestionMeaning.None,
        };
        var answer = IntentComposer.Compose(parsed, anchor => parser.Parse(anchor, null, snapshot), snapshot, searcher, text, gazetteer, options.Value.MaxCitations);
        if (answer is null)
        {
            // A follow-up to a question the sources don't answer ("what did she announce?") still reads with it.
            var declined = parsed.Intent == QuestionIntent.Question ? Decline() : DeclineListingTopics();
            return declined with { Focus = QuestionParser.FocusOf(parsed, question.Focus, PersonReference.Of(parsed, declined, question.Focus, gazetteer)) };
        }

        var (passage, people) = FocusPassages.Of(answer, gazetteer);
        var focus = QuestionParser.FocusOf(parsed, question.Focus, PersonReference.Of(parsed, answer, question.Focus, gazetteer));
        return answer with { Focus = focus with { Passage = passage, People = people } };
    }

    /// <summary>A status, timeline, changes or position question on something the sources don't cover: say what they do cover.</summary>
    private Answer DeclineListingTopics()
    {
        var known = Topics;
        if (known.Count == 0) return Decline();
        var notice = $"I couldn't find anything on that in the sources. I follow these topics: {string.Join("; ", known)}.";
        return Answer.Decline(notice, topics.Topics.Take(3).Select(t => $"What's the latest on {(t.Aliases.Count > 0 ? t.Aliases[0] : t.Name)}?").ToList());
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

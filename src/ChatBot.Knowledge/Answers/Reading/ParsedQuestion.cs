using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>A question after reading: intent, expected answer, weighted concepts, named entities and topic.</summary>
internal sealed record ParsedQuestion(
    string Text,
    QuestionIntent Intent,
    AnswerType AnswerType,
    IReadOnlyList<Concept> Concepts,
    IReadOnlyList<EntityMention> Entities,
    Topic? Topic,
    bool IsFollowUp)
{
    public double TotalWeight => Concepts.Sum(c => c.Weight);

    /// <summary>Share of the question's weight that <paramref name="terms"/> cover.</summary>
    public double Coverage(IReadOnlySet<string> terms)
    {
        var total = TotalWeight;
        return total <= 0 ? 0 : Concepts.Sum(c => c.Weight * c.Share(terms)) / total;
    }

    /// <summary>Whose position a position or comparison question asks about, in the order named.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>What a changes question counts from ("March", "the Almaty talks"), or null.</summary>
    public string? Anchor { get; init; }

    /// <summary>True when <see cref="Anchor"/> came after "since" (inclusive) rather than "after" (exclusive).</summary>
    public bool AnchorInclusive { get; init; }

    /// <summary>
    /// The previous answer's date, when a follow-up counts from it ("what happened after that?"); it stands in for
    /// <see cref="Anchor"/>.
    /// </summary>
    public EventDate? AnchorDate { get; init; }

    /// <summary>True when the question looks back from <see cref="AnchorDate"/> ("and before that?") rather than forward.</summary>
    public bool AnchorBefore { get; init; }

    /// <summary>The conversation focus a follow-up is read against; null for a question on its own.</summary>
    public ConversationFocus? Focus { get; init; }

    /// <summary>
    /// Canonical names of the people a follow-up's references stand for ("he", "his Turkish counterpart", "they"),
    /// asked about as if named.
    /// </summary>
    public IReadOnlyList<string> ReferredPeople { get; init; } = [];

    /// <summary>The year or month the question asks about ("in May 2024"), or null.</summary>
    public QuestionPeriod? Period { get; init; }

    /// <summary>Proper names the question uses that the sources never mention; such a question is out of scope.</summary>
    public IReadOnlyList<string> UnknownNames { get; init; } = [];

    /// <summary>What the question means as one text for sentence vectors: a follow-up with the question it continues.</summary>
    public string MeaningText { get; init; } = "";

    /// <summary>How close each fact is to the question in meaning; <see cref="QuestionMeaning.None"/> without vectors.</summary>
    public QuestionMeaning Meaning { get; init; } = QuestionMeaning.None;

    /// <summary>
    /// A position question without the parties it names ("what did … say about how close a deal is?"): what is asked
    /// of them, to weigh their statements by; null for other questions.
    /// </summary>
    public string? SubjectText { get; init; }

    /// <summary>How close each fact is in meaning to <see cref="SubjectText"/>; <see cref="QuestionMeaning.None"/> without it.</summary>
    public QuestionMeaning SubjectMeaning { get; init; } = QuestionMeaning.None;

    /// <summary>
    /// A position question whose speaker it names by role, with the role put as the sources name them ("what did the
    /// top US diplomat say …" as "what did Blinken say …"); null for other questions.
    /// </summary>
    public string? NamedSpeakerText { get; init; }

    /// <summary>How close each fact is in meaning to <see cref="NamedSpeakerText"/>; <see cref="QuestionMeaning.None"/> without it.</summary>
    public QuestionMeaning NamedSpeakerMeaning { get; init; } = QuestionMeaning.None;

    /// <summary>
    /// What the question says the asker already knows and asks beyond ("besides the villages themselves, what else
    /// …": "the", "villages", "themselves"), lower-case; empty for most questions.
    /// </summary>
    public IReadOnlySet<string> ExcludedWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The people the question describes by a role only one of them holds ("Turkey's special envoy"), by name.</summary>
    public IReadOnlySet<string> RoleHolders { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// People naming whom is no answer to a role the question asks about for a side: its holders for other sides
    /// ("France's ambassador", "Turkey's envoy") and, for a question about one role, the known holders of other roles.
    /// </summary>
    public IReadOnlySet<string> OtherSidesHolders { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>For "which village …", the words a known place's gazetteer role holds when it is a village; else null.</summary>
    public IReadOnlyList<string>? AskedPlaceKind { get; init; }

    /// <summary>True for "what does TRIPP stand for?": the answer is the name an abbreviation is short for.</summary>
    public bool AsksExpansion { get; init; }

    /// <summary>Words of the question itself, lower-case, so an answer span never repeats the question.</summary>
    public IReadOnlySet<string> AskedWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

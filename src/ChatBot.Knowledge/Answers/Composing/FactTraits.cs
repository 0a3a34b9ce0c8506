using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// What status and position answers read from a fact's sentence (whether it uses a status cue, which state of things
/// it reports and whose view that is, whose position it states), read once per fact and generation: a broad topic's
/// thousands of facts are sorted and compared on every such question, and the sentences don't change.
/// </summary>
internal sealed class FactTraits
{
    private const byte Unknown = 0;
    private const byte No = 1;
    private const byte Yes = 2;

    private static readonly ConditionalWeakTable<CorpusModel, FactTraits> Cache = [];

    // One slot per fact, filled on first use; two requests filling the same slot write the same value.
    private readonly byte[] _statusCue;
    private readonly ConcurrentDictionary<(string? Person, string? Side), byte[]> _states = new();
    private readonly string?[] _view;
    private readonly bool[] _viewRead;

    private FactTraits(int facts)
    {
        _statusCue = new byte[facts];
        _view = new string?[facts];
        _viewRead = new bool[facts];
    }

    public static FactTraits Of(CorpusModel model) => Cache.GetValue(model, m => new FactTraits(m.Facts.Count));

    /// <summary>True when the sentence uses one of the status cues ("progress", "stalled").</summary>
    public bool HasStatusCue(IndexedFact fact)
    {
        if (!Holds(fact)) return ReadStatusCue(fact);
        var known = _statusCue[fact.Id];
        if (known != Unknown) return known == Yes;
        var cue = ReadStatusCue(fact);
        _statusCue[fact.Id] = cue ? Yes : No;
        return cue;
    }

    /// <summary>
    /// The state of things the sentence reports as someone's view (it names a speaker or says whose view it is), or
    /// null when it reports none, several, or no one's.
    /// </summary>
    public string? ViewOf(IndexedFact fact)
    {
        if (!Holds(fact)) return ReadView(fact);
        if (Volatile.Read(ref _viewRead[fact.Id])) return _view[fact.Id];
        var view = ReadView(fact);
        _view[fact.Id] = view;
        Volatile.Write(ref _viewRead[fact.Id], true);
        return view;
    }

    /// <summary>True when the sentence states <paramref name="party"/>'s position (see <see cref="StanceMatcher"/>).</summary>
    public bool States(IndexedFact fact, Party party, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (!Holds(fact)) return StanceMatcher.States(fact, party, gazetteer);
        var states = _states.GetOrAdd((party.Person, party.Side), _ => new byte[_statusCue.Length]);
        var known = states[fact.Id];
        if (known != Unknown) return known == Yes;
        var stated = StanceMatcher.States(fact, party, gazetteer);
        states[fact.Id] = stated ? Yes : No;
        return stated;
    }

    // Facts made up outside the model (tests) are read each time.
    private bool Holds(IndexedFact fact) => fact.Id >= 0 && fact.Id < _statusCue.Length;

    private static bool ReadStatusCue(IndexedFact fact) =>
        QuestionVocabulary.Default.StatusCues.Any(c => fact.Fact.Text.Contains(c, StringComparison.OrdinalIgnoreCase));

    private static string? ReadView(IndexedFact fact) =>
        fact.Fact.Speaker is not null || StatusVocabulary.Default.IsAttributed(fact.Fact.Text) ? StatusVocabulary.Default.StateOf(fact.Fact.Text) : null;
}

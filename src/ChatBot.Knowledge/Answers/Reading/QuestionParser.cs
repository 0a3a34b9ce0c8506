using System.Text.RegularExpressions;
using ChatBot.Knowledge.Answers.Retrieval;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Paragraphs;
using Lucene.Net.Analysis.En;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>Reads a question: spelling, intent, expected answer type, weighted concepts, entities, topic, follow-up.</summary>
internal sealed partial class QuestionParser(KnowledgeText text, Gazetteer gazetteer, TopicCatalog topics, StatusByMeaning statusByMeaning)
{
    private static readonly QuestionVocabulary Words = QuestionVocabulary.Default;

    /// <summary>The share of its weight a word keeps when the sources use neither it nor any word related to it.</summary>
    private const double AbsentWordShare = 0.4;

    /// <summary>How many of its words the sources must use before a question's other words count as its own phrasing.</summary>
    private const int WordsForParaphrase = 4;

    /// <summary>The most a follow-up's carried-over words may weigh, as a share of its own words' weight.</summary>
    private const double MaxContextShare = 0.5;

    /// <summary>The most the previous answer's words may weigh, as a share of the follow-up's words with those carried over.</summary>
    private const double MaxAnswerShare = 0.5;

    /// <summary>"How many", "how big": the word after "how" that asks for a quantity.</summary>
    private static readonly HashSet<string> HowMuchWords = new(["many", "much", "long", "far", "large", "big"], StringComparer.Ordinal);

    private HashSet<string>? _nameWords;

    /// <summary>Lower-case words of the gazetteer's names and aliases ("pashinyan", "azerbaijan").</summary>
    private HashSet<string> NameWords => _nameWords ??= gazetteer.Entries
        .SelectMany(e => e.Aliases.Prepend(e.Name))
        .SelectMany(n => WordPattern().Matches(TextFolding.Fold(n).ToLowerInvariant()).Select(m => m.Value))
        .ToHashSet(StringComparer.Ordinal);

    public ParsedQuestion Parse(string question, ConversationFocus? focus, KnowledgeSnapshot snapshot)
    {
        question = WithoutOpeningFillers(TextFolding.Fold(question).Trim());
        if (focus is not null) question = WithPersonReferencesAsPronouns(question);
        var corrected = CorrectSpelling(question, snapshot.Vocabulary, snapshot.Model);
        // "And the Azeri one?": the previous question asked again about another side or name stands on its own; names
        // typed in lower case ("and blinken?" after "how did bayramov sum up …") are read as names first.
        if (focus is not null && Swapped(corrected, CorrectSpelling(TextFolding.Fold(focus.Question), snapshot.Vocabulary, snapshot.Model)) is { } swapped)
        {
            question = swapped;
            corrected = CorrectSpelling(TextFolding.Fold(question).Trim(), snapshot.Vocabulary, snapshot.Model);
            focus = null;
        }

        var lower = corrected.ToLowerInvariant();
        var asksExpansion = Words.ExpansionCues.Any(c => c.IsIn(lower));
        var parties = FindParties(corrected, lower);
        var intent = Intent(lower, parties.Count);
        // "What happened after that?": counts from the date the previous answer reports.
        var step = ReferenceAnchor(focus, lower);
        if (step is not null) intent = QuestionIntent.Changes;
        var (subject, anchor, inclusive) = intent switch
        {
            // "How did Bayramov sum up the talks lately?": neither the parties, the cue nor the recency are its subject.
            // A role stays ("that Yerevan-based analyst"): the sources may describe the person in the same words.
            QuestionIntent.Position or QuestionIntent.Comparison => (Blank(corrected, parties.SelectMany(p => p.Spans.Where(s => !IsRoleSpan(corrected, p.Party, s))).Concat(CueSpans(Words.PositionCues.Concat(Words.RecencyCues).Concat(Words.LatestCues), lower))), null, false),
            QuestionIntent.Changes when step is not null => (BeforeStep(corrected, lower), null, false),
            QuestionIntent.Changes => SplitAnchor(corrected, lower),
            // "What has Aliyev been saying lately?": the recency asked for is no word of the subject.
            QuestionIntent.Latest => (Blank(corrected, CueSpans(Words.LatestCues.Concat(Words.RecencyCues).Concat(Words.StateWhereCues), lower)), null, false),
            // "What does TRIPP stand for?": the cue says what kind of answer is asked for, not what it is about.
            _ => (Blank(corrected, CueSpans(Words.ExpansionCues, lower)), null, false),
        };
        if (intent == QuestionIntent.Changes && anchor is null && step is null) intent = QuestionIntent.Latest;
        // The period is a ranking signal, not a word to match: "May" and "2024" would favour any sentence naming them.
        // A changes question's anchor and a position question's parties are read their own way.
        var period = intent is QuestionIntent.Question or QuestionIntent.Latest or QuestionIntent.Timeline ? QuestionPeriod.Find(corrected) : null;
        if (period is not null)
        {
            subject = Blank(subject, period.Spans);
            period = period with { Weight = Concepts(string.Join(' ', period.Spans.Select(s => s.Of(corrected))), snapshot.Model, fromFocus: false, skipIntentWords: false).Sum(c => c.Weight) };
        }

        var concepts = Concepts(subject, snapshot.Model, fromFocus: false, skipIntentWords: intent != QuestionIntent.Question);
        var words = WordPattern().Matches(lower).Select(m => m.Value).ToList();
        var asked = words.ToHashSet(StringComparer.Ordinal);
        // A changes question's anchor ("after the Almaty talks") names its subject as much as the rest does.
        var isFollowUp = IsFollowUp(focus, words, anchor is null ? subject : $"{subject} {anchor}", snapshot.Model);
        // "Any headway on X lately?" names no status cue but asks one; a follow-up reads with its predecessor instead.
        if (intent == QuestionIntent.Question && !isFollowUp && !asksExpansion && statusByMeaning.Asks(corrected))
        {
            intent = QuestionIntent.Latest;
            concepts = Concepts(subject, snapshot.Model, fromFocus: false, skipIntentWords: true);
        }

        var topic = topics.Resolve(subject);
        var referred = new List<string>();
        if (isFollowUp && focus is not null)
        {
            var known = concepts.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
            // A carried-over word the sources never use ("sit down") can't find anything; it would only dilute.
            var carried = Concepts(focus.Question, snapshot.Model, fromFocus: true, skipIntentWords: true)
                .Where(c => !c.Terms.Any(known.Contains) && (c.Terms.Any(snapshot.Model.DocumentFrequency.ContainsKey) || c.Related.Count > 0))
                .ToList();
            concepts.AddRange(Context(concepts, carried));
            // "What did Pashinyan say to that?": "that" is what the previous answer said, which its question's words
            // only partly carry; the answer's own words join them, weighing less.
            if (PointsAtAnswer(words))
            {
                known = concepts.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
                concepts.AddRange(AnswerWords(focus, concepts, known, snapshot.Model));
            }

            // "What was his read on the deal?": "his" is the person the previous answer was about, asked about as if
            // named; added after the carried-over words are weighed, so it doesn't make room for more of them.
            // "His Turkish counterpart" and "they" likewise stand for people, found from the focus.
            var counterpart = Counterpart(focus, lower);
            referred = ReferredPeople(focus, words, lower, counterpart);
            // "One" stands for what the previous question asked about; "Turkish counterpart" is now a name.
            concepts.RemoveAll(c => Words.ProForms.Contains(c.Word) || counterpart is not null && IsCounterpartWord(c.Word, lower));
            // "When was that deal?": a noun after "that" or "this" points at what the previous answer was about; as a
            // word of its own it would find every other deal.
            concepts = WithPointedNounsLighter(concepts, words);
            // Its own words the sources never use ("what's his actual job?", "when did they kick in?") are how the
            // asker puts it: the conversation already says what it is about, so they count for less.
            for (var i = 0; i < concepts.Count; i++)
            {
                var own = concepts[i];
                if (!own.FromFocus && own.Related.Count == 0 && !own.Terms.Any(snapshot.Model.DocumentFrequency.ContainsKey)) concepts[i] = own with { Weight = own.Weight * AbsentWordShare };
            }

            foreach (var person in referred.Select(p => PersonReference.ShortName(p, gazetteer)))
            {
                known = concepts.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
                concepts.AddRange(Concepts(person, snapshot.Model, fromFocus: false, skipIntentWords: false).Where(c => !c.Terms.Any(known.Contains)));
                asked.Add(person.ToLowerInvariant());
            }
            topic ??= focus.Topic is { } id ? topics.Topics.FirstOrDefault(t => t.Id == id) : null;
        }

        concepts = WithRoleNames(TextFolding.Fold(question), concepts, snapshot.Model);
        concepts = WithCapitalSides(corrected, concepts, snapshot.Model);
        concepts = WithDemonymCountries(concepts, snapshot.Model);
        var entities = gazetteer.FindMentions(corrected);
        concepts = WithAskedVerbStressed(lower, entities, concepts);
        // "And his Turkish counterpart?" asks what the question before it asked: here, who.
        var expected = Expect(lower);
        if (expected == AnswerType.Unknown && isFollowUp && focus is not null && !Words.ActionCues.Any(c => c.IsIn(lower))) expected = Expect(focus.Question.ToLowerInvariant());
        // "Who is Rubinyan again?" asks what the person is, which the sources tell with their title ("Special Envoy for
        // Armenia-Turkish talks Ruben Rubinyan"): the title's words join the question at part of a word's weight, and
        // the answer is that description, not some other person.
        if (!isFollowUp && expected == AnswerType.Person && TitleOfPersonAsked(entities, concepts) is { } title)
        {
            var known = concepts.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
            concepts.AddRange(Concepts(title, snapshot.Model, fromFocus: false, skipIntentWords: false)
                .Where(c => !c.Terms.Any(known.Contains))
                .Select(c => c with { Weight = c.Weight * RoleNames.Default.Share }));
            expected = AnswerType.Unknown;
        }

        var (holders, otherSidesHolders) = RoleNames.Default.Holders(question, gazetteer);
        return new ParsedQuestion(corrected, intent, expected, concepts, entities, topic, isFollowUp)
        {
            UnknownNames = UnknownNames.Find(corrected, entities, snapshot.Model).Where(n => !RoleNames.Default.IsSideWord(corrected, n)).ToList(),
            AskedWords = asked,
            AsksExpansion = asksExpansion,
            Parties = SpeakerFirst(parties.Select(p => p.Party).ToList(), intent, referred, lower),
            Anchor = anchor,
            AnchorInclusive = inclusive,
            Period = period,
            MeaningText = MeaningText(CapitalsAsCountries(corrected), focus, isFollowUp, referred),
            // The question read as a whole, only without whose words are asked for, to weigh their statements by meaning.
            SubjectText = intent == QuestionIntent.Position && !isFollowUp ? Blank(corrected, parties.SelectMany(p => p.Spans)) : null,
            NamedSpeakerText = intent == QuestionIntent.Position && !isFollowUp ? WithRoleHolders(corrected, parties) : null,
            AnchorDate = step?.From,
            AnchorBefore = step?.Before ?? false,
            Focus = isFollowUp ? focus : null,
            ReferredPeople = referred,
            ExcludedWords = ExcludedWords(lower),
            RoleHolders = holders,
            OtherSidesHolders = otherSidesHolders,
            AskedPlaceKind = expected == AnswerType.Place ? AskedPlaceKind(lower) : null,
        };
    }

    /// <summary>
    /// "How did he describe his meeting with Bayramov afterwards?": in a follow-up, "he" or "she" before the cue is the
    /// person the conversation is about, who speaks; a person the question names is who or what they speak of.
    /// </summary>
    private List<Party> SpeakerFirst(List<Party> parties, QuestionIntent intent, IReadOnlyList<string> referred, string lower)
    {
        if (intent != QuestionIntent.Position || referred is not [var speaker] || parties.Any(p => p.Person == speaker)) return parties;
        var pronoun = SubjectPronoun().Match(lower);
        var cue = Words.PositionCues.Select(c => c.Find(lower)).FirstOrDefault(f => f is not null);
        if (!pronoun.Success || cue is not { } at || pronoun.Index > at.Start) return parties;
        return [new Party(speaker, speaker, gazetteer.Find(speaker)?.Side), .. parties];
    }

    [GeneratedRegex(@"\b(?:he|she)\b")]
    private static partial Regex SubjectPronoun();

    /// <summary>"Who is Rubinyan?": the gazetteer title of the one known person a who-question names and nothing else, or null.</summary>
    private static string? TitleOfPersonAsked(IReadOnlyList<EntityMention> entities, List<Concept> concepts)
    {
        if (entities is not [{ Kind: EntityKind.Person, IsKnown: true } mention]) return null;
        return concepts.All(c => mention.Name.Contains(c.Word, StringComparison.OrdinalIgnoreCase)) ? mention.Role : null;
    }

    /// <summary>The share of its weight a follow-up's noun keeps after "that" or "this" ("that deal", "this meeting").</summary>
    private const double PointedNounShare = 0.4;

    private static List<Concept> WithPointedNounsLighter(List<Concept> concepts, List<string> words)
    {
        var pointed = words.Where((_, i) => i > 0 && Words.PointingWords.Contains(words[i - 1])).ToHashSet(StringComparer.Ordinal);
        return concepts.Select(c => !c.FromFocus && pointed.Contains(c.Word) ? c with { Weight = c.Weight * PointedNounShare } : c).ToList();
    }

    /// <summary>How much more the verb asked about a named person weighs ("what did Zakharova announce").</summary>
    private const double AskedVerbStress = 1.6;

    /// <summary>
    /// "What did Zakharova announce during the Washington talks?", "what has Mirzoyan suggested …": the verb right
    /// after the person asked about is what the question asks for, so the sentence where that person does it weighs
    /// more than one that only shares the occasion.
    /// </summary>
    private static List<Concept> WithAskedVerbStressed(string lower, IReadOnlyList<EntityMention> entities, List<Concept> concepts)
    {
        if (AskedAboutSomeone().Match(lower) is not { Success: true } opening) return concepts;
        var person = entities.FirstOrDefault(e => e.IsKnown && e.Kind == EntityKind.Person && e.Span.Start <= opening.Length);
        if (person is null || WordPattern().Match(lower, person.Span.End) is not { Success: true } verb) return concepts;
        var at = concepts.FindIndex(c => !c.FromFocus && string.Equals(c.Word, verb.Value, StringComparison.Ordinal));
        if (at >= 0) concepts[at] = concepts[at] with { Weight = concepts[at].Weight * AskedVerbStress };
        return concepts;
    }

    [GeneratedRegex(@"^(?:what|how)(?:'d|\s+(?:did|does|do|has|have|had|will|would))\s+")]
    private static partial Regex AskedAboutSomeone();

    /// <summary>
    /// The question as one text to embed: a follow-up reads with the question it continues, and "he" or "his" as the
    /// person the previous answer was about.
    /// </summary>
    private static string MeaningText(string question, ConversationFocus? focus, bool isFollowUp, IReadOnlyList<string> referred)
    {
        if (!isFollowUp || focus is null) return question;
        var own = focus.Person is { Length: > 0 } person && referred.Contains(person, StringComparer.Ordinal)
            ? WordPattern().Replace(question, m => Words.PersonPronouns.Contains(m.Value.ToLowerInvariant()) ? person : m.Value)
            : question;
        var others = referred.Where(p => !own.Contains(p, StringComparison.Ordinal)).ToList();
        return others.Count == 0 ? $"{focus.Question} {own}" : $"{focus.Question} {own} ({string.Join(", ", others)})";
    }

    /// <summary>
    /// "What did the top US diplomat say …" as "what did Blinken say …": the sources name the person, and the name
    /// brings their statements closer in meaning; null when the question names no one by role.
    /// </summary>
    private string? WithRoleHolders(string question, List<(Party Party, List<TextSpan> Spans)> parties)
    {
        var roles = parties
            .SelectMany(p => p.Spans.Where(s => IsRoleSpan(question, p.Party, s)).Select(s => (Span: s, Name: PersonReference.ShortName(p.Party.Person!, gazetteer))))
            .OrderByDescending(r => r.Span.Start)
            .ToList();
        if (roles.Count == 0) return null;
        var text = question;
        foreach (var (span, name) in roles) text = text.Remove(span.Start, span.Length).Insert(span.Start, name);
        return text;
    }

    /// <summary>True for where a question names a person by role ("Baku's top diplomat"), not by name.</summary>
    private static bool IsRoleSpan(string question, Party party, TextSpan span) =>
        party.Person is { } person && !WordPattern().Matches(person).Any(w => span.Of(question).Contains(w.Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Besides the villages themselves, what else went over to Azerbaijan?": the words after an exclusion cue, up to a
    /// comma, a question mark or a question word, name what the asker already knows.
    /// </summary>
    private static HashSet<string> ExcludedWords(string lower)
    {
        foreach (var cue in Words.ExclusionCues)
        {
            if (cue.Find(lower) is not { } at) continue;
            var rest = lower[at.End..];
            var end = ExclusionEnd().Match(rest);
            return WordPattern().Matches(end.Success ? rest[..end.Index] : rest).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        }

        return [];
    }

    [GeneratedRegex(@"[,?;:\u2014]|\b(?:what|who|which|where|when|how|did|does|do|is|are|was|were|has|have)\b")]
    private static partial Regex ExclusionEnd();

    /// <summary>"And what happened after that?": the words before the step ("after", "before") say what the question is about.</summary>
    private static string BeforeStep(string text, string lower)
    {
        var at = WordPattern().Matches(lower).FirstOrDefault(m => Words.AnchorWords.Contains(m.Value) || Words.EarlierAnchorWords.Any(c => c.Find(lower) is { } f && f.Start == m.Index));
        return at is null ? text : text[..at.Index];
    }

    /// <summary>The focus to remember after answering; a follow-up carries its predecessor along.</summary>
    public static ConversationFocus FocusOf(ParsedQuestion parsed, ConversationFocus? previous, string? person = null) => new(
        parsed.IsFollowUp && previous is not null ? $"{previous.Question} {parsed.Text}" : parsed.Text,
        parsed.Concepts.Select(c => c.Word).ToList(),
        parsed.Entities.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList(),
        parsed.Topic?.Id)
    {
        Person = person,
    };

    private List<Concept> Concepts(string question, CorpusModel model, bool fromFocus, bool skipIntentWords)
    {
        var concepts = new List<Concept>();
        foreach (var group in TokenReader.Read(text.Stemmed, question).GroupBy(t => t.Position))
        {
            var first = group.First();
            var word = question[first.StartOffset..first.EndOffset].ToLowerInvariant();
            // "What's", "who's": a question word with a contraction is still a question word.
            var bare = word.Split('\'', '\u2019')[0];
            if ((Words.QuestionWords.Contains(bare) || Words.FollowUpWords.Contains(bare)) && (fromFocus || !IsAcronym(question[first.StartOffset..first.EndOffset]))) continue;
            // "Moscow's stance", "Blinken's role": the word is the name, as the sources' own possessives are indexed.
            word = WithoutPossessive(word);
            if (skipIntentWords && Words.IntentWords.Contains(word)) continue;
            if (IsAnswerTypeNoun(question, first.StartOffset, word)) continue;
            var terms = group.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
            var known = terms.Where(t => model.DocumentFrequency.ContainsKey(t)).ToList();
            var related = Related(word, terms, model);
            var weight = known.Count > 0 ? known.Min(model.Idf) : model.Idf(terms[0]);
            concepts.Add(new Concept(word, terms, fromFocus ? weight / 2 : weight, fromFocus) { Related = related, IsAskedNoun = FollowsWhat(question, first.StartOffset), IsAskedAttribute = FollowsWhatIsThe(question, first.StartOffset) });
        }

        // In a question with many words the sources do use, one they never use (nor any word related to it) is how
        // the asker happens to put it ("headway", "attained"): it counts, but less. In a short question such a word
        // is what it is about ("the war in Ukraine"), and keeps its full weight so the question is declined.
        var used = concepts.Count(c => c.Terms.Any(model.DocumentFrequency.ContainsKey));
        if (fromFocus || used < WordsForParaphrase) return concepts;
        return concepts.Select(c => c.Terms.Any(model.DocumentFrequency.ContainsKey) || c.Related.Count > 0 ? c : c with { Weight = c.Weight * AbsentWordShare }).ToList();
    }

    /// <summary>The longest acronym ("UNGA", "OSCE") a word typed in lower case is read as.</summary>
    private const int MaxAcronymLength = 4;

    /// <summary>"US" in "what's the US doing" is the country; "us" in "tell us" is the asker.</summary>
    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);

    private static IEnumerable<TextSpan> CueSpans(IEnumerable<CuePhrase> cues, string lower) =>
        cues.SelectMany(c => c.WordSpans(lower)).Select(f => new TextSpan(f.Start, f.End - f.Start));

    private static string WithoutPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) ? word[..^2] : word;

    /// <summary>
    /// "The Turkish leader", "Azerbaijan's top diplomat": the names of the people a role phrase stands for become
    /// related words, at a reduced share, of the phrase's words and its side word, unless the question names one
    /// of them itself.
    /// </summary>
    private List<Concept> WithRoleNames(string question, List<Concept> concepts, CorpusModel model)
    {
        var asked = concepts.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
        foreach (var (phrase, people, _) in RoleNames.Default.Find(question, gazetteer))
        {
            var names = people
                .SelectMany(p => TokenReader.Read(text.Stemmed, p.Name).Select(t => t.Term))
                .Where(model.DocumentFrequency.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (names.Count == 0 || names.Any(asked.Contains)) continue;
            for (var i = 0; i < concepts.Count; i++)
            {
                var concept = concepts[i];
                if (concept.FromFocus || !phrase.Any(w => SameWord(w, concept.Word))) continue;
                var related = new Dictionary<string, double>(concept.Related, StringComparer.Ordinal);
                foreach (var name in names) related[name] = Math.Max(RoleNames.Default.Share, related.GetValueOrDefault(name));
                concepts[i] = concept with { Related = related };
            }
        }

        return concepts;
    }

    /// <summary>
    /// "What did Aliyev tell the Russian news agency?": the sources may say "Russia's" where the question says
    /// "Russian", so a country adjective also matches its country's name, at the share a capital earns.
    /// </summary>
    private List<Concept> WithDemonymCountries(List<Concept> concepts, CorpusModel model)
    {
        for (var i = 0; i < concepts.Count; i++)
        {
            if (concepts[i].FromFocus || !Positions.Demonyms.TryGetValue(concepts[i].Word, out var side)) continue;
            // A side word the sources never use ("Kremlin") stands for the side in any of the words they do use for it.
            var country = concepts[i].Terms.Any(model.DocumentFrequency.ContainsKey) ? CountryTerms(side, model) : SideTerms(side, model);
            if (country.Count == 0 || country.All(concepts[i].Terms.Contains)) continue;
            concepts[i] = WithCountry(concepts[i], country);
        }

        return concepts;
    }

    /// <summary>
    /// "What did Yerevan and Baku release": a capital named as an actor stands for its government, so its country's
    /// name ("Armenia") becomes a related word. A capital after "the" ("the Baku talks") is a
    /// venue and stays itself.
    /// </summary>
    private List<Concept> WithCapitalSides(string question, List<Concept> concepts, CorpusModel model)
    {
        var lower = question.ToLowerInvariant();
        foreach (var capital in gazetteer.FindMentions(question).Where(m => m.IsKnown && m.Side is not null && Positions.IsCapital(m) && !IsVenue(m, lower)))
        {
            var country = CountryTerms(capital.Side!, model);
            var name = capital.Span.Of(question).ToLowerInvariant();
            var possessive = question.AsSpan(capital.Span.End).StartsWith("'s", StringComparison.OrdinalIgnoreCase);
            for (var i = 0; i < concepts.Count; i++)
            {
                if (concepts[i].FromFocus || !string.Equals(concepts[i].Word, name, StringComparison.Ordinal)) continue;
                concepts[i] = possessive && country.Count > 0 ? AsCountry(concepts[i], country) : WithCountry(concepts[i], country);
            }
        }

        return concepts;
    }

    /// <summary>
    /// "What's Washington's role these days?" read for its meaning as "the United States' role": the sources speak of
    /// the government by its country's name, and the capital alone is closer to what happened there ("the talks in
    /// Washington").
    /// </summary>
    private string CapitalsAsCountries(string question)
    {
        var lower = question.ToLowerInvariant();
        var text = question;
        foreach (var capital in gazetteer.FindMentions(question)
            .Where(m => m.IsKnown && m.Side is not null && Positions.IsCapital(m) && !IsVenue(m, lower) && question.AsSpan(m.Span.End).StartsWith("'s", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(m => m.Span.Start))
        {
            text = text.Remove(capital.Span.Start, capital.Span.Length).Insert(capital.Span.Start, Positions.SideName(capital.Side!));
        }

        return text;
    }

    /// <summary>The stemmed terms of every single word naming a side ("russia", "russian", "moscow") that the sources use.</summary>
    private List<string> SideTerms(string side, CorpusModel model) =>
        RoleNames.Default.SidePhrases
            .Where(p => p.Words.Length == 1 && string.Equals(p.Side, side, StringComparison.Ordinal))
            .SelectMany(p => TokenReader.Read(text.Stemmed, p.Words[0]).Select(t => t.Term))
            .Where(model.DocumentFrequency.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The stemmed terms of a side's country name that the sources use ("russia").</summary>
    private List<string> CountryTerms(string side, CorpusModel model) =>
        TokenReader.Read(text.Stemmed, Positions.SideName(side)).Select(t => t.Term).Where(model.DocumentFrequency.ContainsKey).ToList();

    /// <summary>
    /// "Washington's role", "Baku's demand": a capital's possessive is its government's, so the concept is its
    /// country's name, with the capital itself as a related word ("the talks in Washington" are no role of the US).
    /// </summary>
    private static Concept AsCountry(Concept concept, List<string> country)
    {
        var related = new Dictionary<string, double>(concept.Related, StringComparer.Ordinal);
        foreach (var term in concept.Terms.Where(t => !country.Contains(t))) related[term] = Math.Max(Positions.CapitalShare, related.GetValueOrDefault(term));
        return concept with { Terms = country, Related = related };
    }

    /// <summary>The concept with its country's name as a related word, at the share a capital or adjective earns.</summary>
    private static Concept WithCountry(Concept concept, List<string> country)
    {
        var related = new Dictionary<string, double>(concept.Related, StringComparer.Ordinal);
        foreach (var term in country.Where(t => !concept.Terms.Contains(t))) related[term] = Math.Max(Positions.CapitalShare, related.GetValueOrDefault(term));
        return concept with { Related = related };
    }

    /// <summary>The same word give or take an ending or a spelling correction ("diplomats" / "diplomatic").</summary>
    private static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || a.Length >= 5 && b.Length >= 5 && string.CompareOrdinal(a, 0, b, 0, 5) == 0;

    /// <summary>
    /// The previous question's words are context for a follow-up that asks something of its own ("why did she say
    /// the meeting was important?"): together they weigh at most half as much as its own words, so a long previous
    /// question can't drown it.
    /// </summary>
    private static IEnumerable<Concept> Context(List<Concept> own, List<Concept> carried)
    {
        var ownWeight = own.Sum(c => c.Weight);
        var carriedWeight = carried.Sum(c => c.Weight);
        if (ownWeight <= 0 || carriedWeight <= ownWeight * MaxContextShare) return carried;
        var scale = ownWeight * MaxContextShare / carriedWeight;
        return carried.Select(c => c with { Weight = c.Weight * scale });
    }

    /// <summary>
    /// The words of the previous answer's lead passage that the question doesn't already have and the sources use,
    /// together weighing at most <see cref="MaxAnswerShare"/> of the question's words so far: they say what "that"
    /// is, not what is asked of it.
    /// </summary>
    private IEnumerable<Concept> AnswerWords(ConversationFocus focus, List<Concept> concepts, HashSet<string> known, CorpusModel model)
    {
        var passage = string.Join(' ', FocusPassages.Inside(focus, model).Select(f => f.Fact.Text));
        if (passage.Length == 0) return [];
        var answer = Concepts(passage, model, fromFocus: true, skipIntentWords: true)
            .Where(c => !c.Terms.Any(known.Contains) && c.Terms.Any(model.DocumentFrequency.ContainsKey))
            .GroupBy(c => c.Word, StringComparer.Ordinal)
            .Select(g => g.First() with { IsAskedNoun = false, IsAskedAttribute = false })
            .ToList();
        var ceiling = concepts.Sum(c => c.Weight) * MaxAnswerShare;
        var weight = answer.Sum(c => c.Weight);
        if (weight <= ceiling || weight <= 0) return answer;
        return answer.Select(c => c with { Weight = c.Weight * ceiling / weight });
    }

    /// <summary>
    /// "Say to that?", "when was that?": an answer pronoun with nothing after it, or only a function word ("that in
    /// June"), stands for what was said; "that meeting" names its own thing.
    /// </summary>
    private static bool PointsAtAnswer(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Words.AnswerPronouns.Contains(words[i])) continue;
            if (i + 1 == words.Count || EnglishAnalyzer.DefaultStopSet.Contains(words[i + 1])) return true;
        }

        return false;
    }

    /// <summary>
    /// "What percentage", "which year": the noun after the question word says what kind of answer is wanted (a number,
    /// a date), which the answer type already carries; the answering sentence needn't repeat it.
    /// </summary>
    private static bool IsAnswerTypeNoun(string question, int at, string word)
    {
        var before = WordPattern().Matches(question[..at].ToLowerInvariant());
        if (before.Count == 0) return false;
        if (string.Equals(before[^1].Value, "how", StringComparison.Ordinal)) return HowMuchWords.Contains(word);
        return Words.AnswerTypeNouns.TryGetValue(word, out var type) && type is AnswerType.Quantity or AnswerType.Date && before[^1].Value is "what" or "which";
    }

    private static bool FollowsWhat(string question, int at)
    {
        var before = WordPattern().Matches(question[..at].ToLowerInvariant());
        return before.Count > 0 && before[^1].Value is "what" or "which";
    }

    /// <summary>
    /// The attribute asked for in "what's the [formal] title of …", "what was the gauge of …", "what was the vote count
    /// when …": the noun just before "of", "for", "from", "when" or "during", a word or two after "what's the".
    /// </summary>
    private static bool FollowsWhatIsThe(string question, int at)
    {
        var match = AskedAttribute().Match(question.ToLowerInvariant());
        return match.Success && match.Groups[1].Index == at;
    }

    /// <summary>Stemmed terms of the word's related words that the sources use, other than its own terms.</summary>
    private Dictionary<string, double> Related(string word, List<string> own, CorpusModel model)
    {
        var related = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (other, share) in RelatedWords.Default.Of(word))
        {
            foreach (var term in TokenReader.Read(text.Stemmed, other).Select(t => t.Term))
            {
                if (own.Contains(term) || !model.DocumentFrequency.ContainsKey(term)) continue;
                related[term] = Math.Max(share, related.GetValueOrDefault(term));
            }
        }

        return related;
    }

    private string CorrectSpelling(string question, IReadOnlySet<string> vocabulary, CorpusModel model) =>
        WordPattern().Replace(question, match =>
        {
            var word = match.Value.ToLowerInvariant();
            if (Words.QuestionWords.Contains(word) || Words.FollowUpWords.Contains(word) || Words.IntentWords.Contains(word) || EnglishAnalyzer.DefaultStopSet.Contains(word) || RoleNames.Default.IsRoleWord(word))
            {
                return match.Value;
            }

            var corrected = SpellingCorrector.Correct(word, vocabulary);
            // A capitalised word inside the sentence is a name: only a near miss of a known one ("Pashinian",
            // "Nakhijevan") or of a name the sources spell ("Kiranc" / "Kirants") is a typo, never one of an
            // ordinary word ("Mars" is not "maps").
            var isName = char.IsUpper(match.Value[0]) && !IsSentenceStart(question, match.Index);
            // "unga", "fsb": an acronym typed in lower case is that acronym.
            if (!isName && word.Length <= MaxAcronymLength && !char.IsUpper(match.Value[0]) && !UnknownNames.IsLowerCaseWord(word, model) && gazetteer.FindMentions(word.ToUpperInvariant()).Count > 0) return word.ToUpperInvariant();
            // A name typed in lower case ("bayramov", "washington") is read as the sources write it, so it is found as a name.
            if (!isName && !char.IsUpper(match.Value[0]) && UnknownNames.IsBodyName(word, model)) return char.ToUpperInvariant(word[0]) + word[1..];
            // "how did iran react?": a known name the sources never write in lower case is that name, mentioned or not.
            if (!isName && !char.IsUpper(match.Value[0]) && !UnknownNames.IsLowerCaseWord(word, model) && gazetteer.Find(char.ToUpperInvariant(word[0]) + word[1..]) is not null) return char.ToUpperInvariant(word[0]) + word[1..];
            // "kazakh" is a side as typed, never a misspelt source word ("Gazakh").
            if (RoleNames.Default.IsSideWord(word)) return match.Value;
            // A lower-case typed name ("blinkin", "washinton") is a near miss of a name the sources spell, unless a common word.
            if (!isName && !vocabulary.Contains(word) && !SpellingCorrector.IsCommonWord(word) && UnknownNames.NearestName(word, model) is { } typed) return char.ToUpperInvariant(typed[0]) + typed[1..];
            // "lavorv" read as "lavrov" is the name the sources spell, so it is found as a name.
            if (!isName && corrected is not null && UnknownNames.IsBodyName(corrected, model)) return char.ToUpperInvariant(corrected[0]) + corrected[1..];
            if (!isName) return corrected ?? match.Value;
            if (corrected is not null && NameWords.Contains(corrected)) return corrected;
            return UnknownNames.NearestName(match.Value, model) is { } name ? char.ToUpperInvariant(name[0]) + name[1..] : match.Value;
        });


    private static bool IsSentenceStart(string text, int at)
    {
        var before = text[..at].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '?' or '!' or ':' or '"' or '\u201c';
    }

    /// <summary>"What changed on X since March": the topic part before the anchor word, the anchor after it.</summary>
    private static (string Subject, string? Anchor, bool Inclusive) SplitAnchor(string text, string lower)
    {
        foreach (Match word in WordPattern().Matches(lower))
        {
            if (!Words.AnchorWords.Contains(word.Value)) continue;
            var anchor = text[(word.Index + word.Length)..].Trim(' ', '?', '.', '!', ',');
            var hasContent = WordPattern().Matches(anchor.ToLowerInvariant()).Any(w => !Words.QuestionWords.Contains(w.Value) && !Words.FollowUpWords.Contains(w.Value) && !EnglishAnalyzer.DefaultStopSet.Contains(w.Value));
            if (!hasContent) continue;
            var inclusive = string.Equals(word.Value, Words.AnchorWords[0], StringComparison.Ordinal);
            return (text[..word.Index], anchor, inclusive);
        }

        return (text, null, false);
    }

    /// <summary>A question's words: runs of letters and digits ("what's" is "what" and "s").</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    internal static partial Regex WordPattern();

    [GeneratedRegex(@"\bwhat(?:['\u2019]s|s|\s+is|\s+was)\s+the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|for|from|when|during)\b")]
    private static partial Regex AskedAttribute();
}

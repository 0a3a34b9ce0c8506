using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>
/// Finds numbers with units in a sentence: "12-kilometer", "6.5 sq/km", "$150 billion", "80%", "four villages",
/// "tens of thousands of protesters", "11th draft" (ordinal), "out of 17" (the unit of the count before it).
/// </summary>
public sealed class QuantityExtractor
{
    private static readonly Lazy<QuantityExtractor> LazyDefault = new(() => new QuantityExtractor(FactLexicon.Default));

    private static readonly Regex Tail = new(
        "\\G[\\s-]?(?<w1>\\p{L}[\\p{L}\\d/\\u00B2]*\\.?)(?:\\s(?<w2>\\p{L}[\\p{L}\\d/\\u00B2]*))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Percent = new("\\G(?:\\s?%|\\s+(?i:percent|per\\s+cent)\\b)", RegexOptions.CultureInvariant);

    private readonly FactLexicon _lexicon;
    private readonly Regex _numbers;
    private readonly Regex _multiplier;

    internal QuantityExtractor(FactLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        var words = string.Join('|', lexicon.NumberWords.Keys.OrderByDescending(k => k.Length));
        var ordinals = string.Join('|', lexicon.OrdinalWords.Keys.OrderByDescending(k => k.Length));
        var vague = string.Join('|', lexicon.VagueAmounts.Select(v => Regex.Escape(v.Key).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        var symbols = string.Concat(lexicon.CurrencySymbols.Keys.Select(Regex.Escape));
        _numbers = new Regex(
            $"\\b(?<vague>(?i:{vague}))\\b"
            + $"|(?<cur>[{symbols}])\\s?(?<num>\\d{{1,3}}(?:,\\d{{3}})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + $"|(?<![\\w{symbols}.,-])(?<num>\\d{{1,3}}(?:,\\d{{3}})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<ord>st|nd|rd|th)?(?!\\w)(?![.,]\\d)"
            + $"|\\b(?<word>(?i:{words})(?:-(?i:{words}))?)\\b"
            + $"|\\b(?<ordw>(?i:{ordinals}))\\b",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _multiplier = new Regex(
            "\\G[\\s-]?(?<mult>(?i:" + string.Join('|', lexicon.Multipliers.Keys) + "))\\b",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>The extractor over the shipped word lists.</summary>
    public static QuantityExtractor Default => LazyDefault.Value;

    /// <summary>Quantities in <paramref name="sentence"/>, in order, with spans relative to it.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="excluded">Spans to leave alone, e.g. dates ("May 24") and names ("COP29").</param>
    public IReadOnlyList<Quantity> Extract(string sentence, IReadOnlyList<TextSpan>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var quantities = new List<Quantity>();
        foreach (Match match in _numbers.Matches(sentence))
        {
            if (excluded?.Any(t => t.Start < match.Index + match.Length && match.Index < t.End) == true)
            {
                continue;
            }

            if (Read(sentence, match, quantities) is { } quantity)
            {
                quantities.Add(quantity);
            }
        }

        return quantities;
    }

    private Quantity? Read(string text, Match match, List<Quantity> earlier)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        if (match.Groups["ordw"].Success || match.Groups["ord"].Success)
        {
            var rank = match.Groups["ordw"].Success ? _lexicon.OrdinalWords[match.Groups["ordw"].Value] : ParseNumber(match.Groups["num"].Value);
            // The head noun ends the phrase: "10th border commissions session", but "third countries ensure".
            var run = NounRun(text, end);
            var plural = run.FindIndex(w => IsPlural(w.Word));
            var noun = plural >= 0 ? run[plural] : run.LastOrDefault();
            return noun.Word is null ? null : new Quantity(rank, Singular(noun.Word), Span(start, noun.End)) { IsOrdinal = true };
        }

        var value = Value(match);
        if (_multiplier.Match(text, end) is { Success: true } mult)
        {
            value *= _lexicon.Multipliers[mult.Groups["mult"].Value];
            end = mult.Index + mult.Length;
        }

        if (match.Groups["cur"].Success)
        {
            return new Quantity(value, _lexicon.CurrencySymbols[match.Groups["cur"].Value], Span(start, end));
        }

        if (Percent.Match(text, end) is { Success: true } percent)
        {
            return new Quantity(value, "percent", Span(start, percent.Index + percent.Length));
        }

        if (IsReference(text, match) || (match.Groups["num"].Success && LooksLikeYear(match.Groups["num"].Value)))
        {
            return null;
        }

        if (UnitAt(text, end) is { } unit)
        {
            return new Quantity(value, unit.Unit, Span(start, unit.End));
        }

        if (end < text.Length && text[end] == '-' && Tail.Match(text, end) is { Success: true } hyphen)
        {
            var word = hyphen.Groups["w1"].Value.TrimEnd('.');
            return new Quantity(value, Singular(word), Span(start, hyphen.Groups["w1"].Index + word.Length));
        }

        if (FollowsOutOf(text, start))
        {
            return new Quantity(value, earlier.LastOrDefault()?.Unit, Span(start, end));
        }

        return Counted(text, match, value, start, end);
    }

    /// <summary>"four villages", "two unresolved articles", "tens of thousands of protesters", "50 plots of farmland".</summary>
    private Quantity? Counted(string text, Match match, decimal value, int start, int end)
    {
        var from = end;
        if (match.Groups["vague"].Success && Regex.Match(text[end..], "^\\s+of\\b", RegexOptions.CultureInvariant) is { Success: true } of)
        {
            from = end + of.Length;
        }

        var plural = NounRun(text, from).FirstOrDefault(w => IsPlural(w.Word) || (value == 1 && match.Groups["num"].Success));
        if (plural.Word is null || (value == 1 && !match.Groups["num"].Success))
        {
            return null;
        }

        var spanEnd = plural.End;
        var ofNoun = Regex.Match(text[spanEnd..], "^\\s+of\\s+(?<n>\\p{Ll}[\\p{L}-]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        if (ofNoun.Success && !_lexicon.UnitStopWords.Contains(ofNoun.Groups["n"].Value))
        {
            spanEnd += ofNoun.Length;
        }

        var noun = Singular(plural.Word);
        return new Quantity(value, _lexicon.Units.GetValueOrDefault(noun, noun), Span(start, spanEnd));
    }

    /// <summary>Up to three lower-case words after a number, stopping at function words and punctuation.</summary>
    private List<(string Word, int End)> NounRun(string text, int from)
    {
        var run = new List<(string, int)>();
        var position = from;
        while (run.Count < 3)
        {
            var m = Regex.Match(text[position..], "^\\s+(?<w>\\p{Ll}[\\p{Ll}-]*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
            if (!m.Success || _lexicon.UnitStopWords.Contains(m.Groups["w"].Value))
            {
                break;
            }

            position += m.Length;
            run.Add((m.Groups["w"].Value, position));
        }

        return run;
    }

    private (string Unit, int End)? UnitAt(string text, int end)
    {
        var tail = Tail.Match(text, end);
        if (!tail.Success)
        {
            return null;
        }

        var w1 = tail.Groups["w1"];
        var w2 = tail.Groups["w2"];
        if (w2.Success && LookupUnit(w1.Value + " " + w2.Value) is { } two)
        {
            return (two, w2.Index + w2.Length);
        }

        var first = w1.Value.TrimEnd('.');
        return LookupUnit(first) is { } one ? (one, w1.Index + first.Length) : null;
    }

    private string? LookupUnit(string phrase)
    {
        if (_lexicon.Units.TryGetValue(phrase, out var unit))
        {
            return unit;
        }

        var space = phrase.LastIndexOf(' ');
        var singular = phrase[..(space + 1)] + Singular(phrase[(space + 1)..]);
        return _lexicon.Units.GetValueOrDefault(singular);
    }

    private decimal Value(Match match)
    {
        if (match.Groups["vague"].Success)
        {
            var key = Regex.Replace(match.Groups["vague"].Value.ToLowerInvariant(), "\\s+", " ");
            return _lexicon.VagueAmounts.First(v => string.Equals(v.Key, key, StringComparison.Ordinal)).Value;
        }

        if (match.Groups["word"].Success)
        {
            return match.Groups["word"].Value.Split('-').Sum(w => _lexicon.NumberWords[w]);
        }

        return ParseNumber(match.Groups["num"].Value);
    }

    private static decimal ParseNumber(string digits) =>
        decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static bool LooksLikeYear(string digits) =>
        digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1800 and <= 2100;

    /// <summary>"Article 9", "Section 2", a day after a month name: identifiers, not amounts.</summary>
    private bool IsReference(string text, Match match)
    {
        var m = Regex.Match(text[..match.Index], "(?<w>\\p{L}+)\\.?\\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        if (!m.Success)
        {
            return false;
        }

        var previous = m.Groups["w"].Value;
        return _lexicon.ReferenceWords.Contains(previous)
            || CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Contains(previous, StringComparer.Ordinal);
    }

    private static bool FollowsOutOf(string text, int start) =>
        Regex.IsMatch(text[..start], "\\bout\\s+of\\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private bool IsPlural(string word) =>
        _lexicon.IrregularPlurals.ContainsKey(word)
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal));

    private string Singular(string word)
    {
        var w = word.ToLowerInvariant();
        if (_lexicon.IrregularPlurals.TryGetValue(w, out var irregular))
        {
            return irregular;
        }

        return IsPlural(w) ? WordStems.Stem(w) : w;
    }

    private static TextSpan Span(int start, int end) => new(start, end - start);
}

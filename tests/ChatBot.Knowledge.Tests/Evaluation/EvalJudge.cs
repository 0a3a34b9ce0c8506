using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Knowledge.Tests.Evaluation;

/// <summary>
/// The evaluation's strict rule applied to engine answers: the expected text is in the lead line or the first
/// citation, the first citation comes from an expected seed, out-of-scope questions are declined, and reader
/// comments are never cited.
/// </summary>
public static partial class EvalJudge
{
    public static (bool Passed, string Why) Judge(EvalCase test, Answer answer, IReadOnlyDictionary<string, string> seeds)
    {
        var cited = answer.Citations;
        switch (test.Kind)
        {
            case "none":
                // Declined, or the lead says plainly that the sources don't answer it before quoting what comes closest.
                return cited.Count == 0 || SaysNotAnswered().IsMatch(Norm(LeadLine(answer)))
                    ? (true, "declined")
                    : (false, $"cited {cited.Count} passage(s) without saying the sources don't answer it");
            case "noise":
                var bad = cited.Any(c => test.ForbidQuoteAny!.Any(f => Norm(c.Passage).Contains(Norm(f), StringComparison.Ordinal)));
                return bad ? (false, "cited a reader comment") : (true, "no comment cited");
        }

        if (cited.Count == 0) return (false, "no citation");
        if (cited.FirstOrDefault(c => !Norm(seeds[c.File]).Contains(Norm(c.Passage), StringComparison.Ordinal)) is { } forged)
        {
            return (false, $"passage {forged.Position} is not verbatim");
        }

        var wanted = test.FirstSeed is { } first ? [first] : test.Seeds ?? [];
        if (wanted.Count > 0 && !wanted.Contains(cited[0].File)) return (false, $"first citation is {cited[0].File}");
        var lead = Norm(LeadLine(answer));
        var top = Norm(cited[0].Passage);
        var ok = test.ExpectAny!.Any(e => lead.Contains(Norm(e), StringComparison.Ordinal) || top.Contains(Norm(e), StringComparison.Ordinal));
        return ok ? (true, "ok") : (false, $"answer not in lead '{LeadLine(answer)}' nor first passage");
    }

    private static string LeadLine(Answer answer) =>
        answer.Lines.Count > 0 ? $"{answer.Lines[0].Prefix} {answer.Lines[0].Quote}" : answer.Notice ?? "";

    public static string Norm(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            folded.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201a' or '\u201b' or '\u2032' => '\'',
                '\u201c' or '\u201d' or '\u201e' or '\u2033' => '"',
                '\u2013' or '\u2014' or '\u2012' or '\u2212' or '\u2010' or '\u2011' => '-',
                '\u00a0' or '\u200a' or '\u2009' or '\u202f' => ' ',
                '\u0430' => 'a', '\u0435' => 'e', '\u043e' => 'o', '\u0440' => 'p', '\u0441' => 'c',
                _ => c,
            });
        }

        return Spaces().Replace(folded.ToString(), " ").Trim().ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>run_eval.py's reading of a lead that says the sources don't answer the question.</summary>
    [GeneratedRegex(@"\b(not? (say|said|state|mention|report|give|name|cover|find|found)|(don't|doesn't|do not|does not|did not|didn't|couldn't|could not|can't|cannot) (say|state|mention|report|give|name|cover|find|answer|know)|no (information|mention|answer|source)|not (in|covered by) (the|my|any) sources?)\b")]
    private static partial Regex SaysNotAnswered();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "Besides the villages themselves, what else went over to Azerbaijan?": the sentence best matching such a question
/// tells what the asker already knows ("Armenia handed over four abandoned villages"); what else there is, the sources
/// add a few paragraphs on ("In addition, four structures … were handed over to Azerbaijan as well as 50 plots of
/// farmland").
/// </summary>
internal static class WhatElse
{
    /// <summary>How many paragraphs after the known sentence's the addition may stand.</summary>
    private const int Reach = 5;

    /// <summary>
    /// The first paragraph opening that adds to <paramref name="best"/> ("In addition", "Furthermore") within
    /// <see cref="Reach"/> paragraphs of it and shares a word of what is asked besides what is known, when the question
    /// asks beyond something <paramref name="best"/> tells of; otherwise null.
    /// </summary>
    public static ScoredFact? Beyond(ParsedQuestion question, ScoredFact best, CorpusModel model)
    {
        if (question.ExcludedWords.Count == 0) return null;
        var known = question.Concepts.Where(c => question.ExcludedWords.Contains(c.Word)).ToList();
        var asked = question.Concepts.Where(c => !question.ExcludedWords.Contains(c.Word)).ToList();
        if (known.Count == 0 || !known.Any(c => c.Share(best.Fact.PassageTerms) > 0)) return null;
        var file = best.Fact.Source.File;
        for (var number = best.Fact.Paragraph.Number + 1; number <= best.Fact.Paragraph.Number + Reach; number++)
        {
            if (model.Paragraph(file, number) is not { Facts: [var opening, ..] }) continue;
            if (PassageBuilder.Adds(opening.Fact.Text) && asked.Any(c => c.Share(opening.PassageTerms) > 0))
            {
                return best with { Fact = opening, AnswerSpan = null };
            }
        }

        return null;
    }
}

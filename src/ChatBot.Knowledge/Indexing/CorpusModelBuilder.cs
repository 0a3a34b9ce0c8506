using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Runs the pipeline over loaded seeds: cleaning, sentences, facts, analyzed terms.</summary>
internal sealed class CorpusModelBuilder(KnowledgeText text, FactExtractor extractor)
{
    public CorpusModel Build(CorpusLoadResult load)
    {
        var articles = new List<SourceArticle>();
        var paragraphs = new List<IndexedParagraph>();
        var facts = new List<IndexedFact>();
        var skipped = load.Skipped.ToList();
        foreach (var document in load.Documents)
        {
            SourceArticle article;
            List<IndexedParagraph> ownParagraphs;
            List<IndexedFact> ownFacts;
            try
            {
                (article, ownParagraphs, ownFacts) = Process(document, paragraphs.Count, facts.Count);
            }
#pragma warning disable CA1031 // One seed the pipeline cannot handle is reported and left out; the others are still indexed.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                skipped.Add(new SkippedSeed(document.Source.File, "could not be processed (" + ex.Message + ")"));
                continue;
            }

            if (article.BodyParagraphs.Count == 0)
            {
                skipped.Add(new SkippedSeed(document.Source.File, "no body paragraphs"));
                continue;
            }

            articles.Add(article);
            paragraphs.AddRange(ownParagraphs);
            facts.AddRange(ownFacts);
        }

        return new CorpusModel(articles, paragraphs, facts, load with { Skipped = skipped });
    }

    // Numbers paragraphs and facts from the given offsets, so a document that fails leaves no trace in the model.
    private (SourceArticle, List<IndexedParagraph>, List<IndexedFact>) Process(SeedDocument document, int firstParagraph, int firstFact)
    {
        var article = new SourceArticle(document.Source, document.Text, ArticleCleaner.Default.Classify(document.Text));
        var paragraphs = new List<IndexedParagraph>();
        var facts = new List<IndexedFact>();
        for (var number = 0; number < article.BodyParagraphs.Count; number++)
        {
            var block = article.BodyParagraphs[number];
            var paragraph = new IndexedParagraph(firstParagraph + paragraphs.Count, document.Source, number, block, text.Terms($"{block.Section} {block.Text}"));
            paragraphs.Add(paragraph);
            var sentences = SentenceSplitter.Default.Split(block.Text)
                .Select(s => new TextSpan(block.Start + s.Start, s.Length))
                .ToList();
            var extracted = extractor.ExtractParagraph(document.Text, block, sentences, document.Source.Published);
            for (var i = 0; i < extracted.Count; i++)
            {
                var fact = new IndexedFact(firstFact + facts.Count, document.Source, paragraph, i, extracted[i], text.Terms(extracted[i].Text));
                paragraph.Facts.Add(fact);
                facts.Add(fact);
            }

            foreach (var fact in paragraph.Facts)
            {
                fact.PassageTerms = PassageBuilder.Sentences(fact).SelectMany(f => f.Terms).ToHashSet(StringComparer.Ordinal);
            }
        }

        return (article, paragraphs, facts);
    }
}

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
            var article = new SourceArticle(document.Source, document.Text, ArticleCleaner.Default.Classify(document.Text));
            if (article.BodyParagraphs.Count == 0)
            {
                skipped.Add(new SkippedSeed(document.Source.File, "no body paragraphs"));
                continue;
            }

            articles.Add(article);
            for (var number = 0; number < article.BodyParagraphs.Count; number++)
            {
                var block = article.BodyParagraphs[number];
                var paragraph = new IndexedParagraph(paragraphs.Count, document.Source, number, block, text.Terms($"{block.Section} {block.Text}"));
                paragraphs.Add(paragraph);
                var sentences = SentenceSplitter.Default.Split(block.Text)
                    .Select(s => new TextSpan(block.Start + s.Start, s.Length))
                    .ToList();
                var extracted = extractor.ExtractParagraph(document.Text, block, sentences, document.Source.Published);
                for (var i = 0; i < extracted.Count; i++)
                {
                    var fact = new IndexedFact(facts.Count, document.Source, paragraph, i, extracted[i], text.Terms(extracted[i].Text));
                    paragraph.Facts.Add(fact);
                    facts.Add(fact);
                }

                foreach (var fact in paragraph.Facts)
                {
                    fact.PassageTerms = PassageBuilder.Sentences(fact).SelectMany(f => f.Terms).ToHashSet(StringComparer.Ordinal);
                }
            }
        }

        return new CorpusModel(articles, paragraphs, facts, load with { Skipped = skipped });
    }
}

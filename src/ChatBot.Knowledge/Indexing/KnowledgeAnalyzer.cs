using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// English analysis for the index and for questions: folds look-alike characters, drops possessives and stop
/// words, expands aliases and stems (Porter). With <c>stem: false</c> it is the unstemmed twin used for exact
/// word forms and for spelling correction.
/// </summary>
internal sealed class KnowledgeAnalyzer(SynonymMap? aliases, bool stem) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        if (aliases?.Fst is not null) stream = new SynonymFilter(stream, aliases, ignoreCase: true);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (stem) stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(TextFolding.CharMap, reader);
}

namespace ChatBot.Knowledge.Corpus;

/// <summary>The articles currently indexed, for source listings and the source viewer. Thread-safe.</summary>
public interface ISourceLibrary
{
    /// <summary>The indexed article with this file name, or null.</summary>
    SourceArticle? Find(string file);
}

using System.Text.Json;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Hosting;

namespace ChatBot.Knowledge.Tests.Indexing;

/// <summary>The stored corpus of a generation reads back as the model the pipeline built.</summary>
public sealed class CorpusStoreTests : IDisposable
{
    private static readonly JsonSerializerOptions WithFields = new() { IncludeFields = true };

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chatbot-store-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void TryRead_AfterWrite_GivesBackEveryArticleFactTermAndTheVocabulary()
    {
        using var seeds = BadSeedsTests.CopyOfRealSeeds();
        using var harness = new AdminHarness(seeds.Path);
        harness.Admin.EnsureLoaded();
        var built = harness.Index.Current!;

        CorpusStore.Write(_folder, built.Model, built.Vocabulary);
        var (model, vocabulary) = CorpusStore.TryRead(_folder)!.Value;

        Assert.Equal(Json(built.Model.Articles), Json(model.Articles));
        Assert.Equal(Json(built.Model.Facts.Select(f => (f.Id, f.Source.File, f.Paragraph.Id, f.SentenceIndex, f.Fact, f.Terms, f.PassageTerms, f.When))), Json(model.Facts.Select(f => (f.Id, f.Source.File, f.Paragraph.Id, f.SentenceIndex, f.Fact, f.Terms, f.PassageTerms, f.When))));
        Assert.Equal(Json(built.Model.Paragraphs.Select(p => (p.Id, p.Number, p.Block, p.Terms))), Json(model.Paragraphs.Select(p => (p.Id, p.Number, p.Block, p.Terms))));
        Assert.Equal(built.Model.DocumentFrequency, model.DocumentFrequency);
        Assert.True(vocabulary.SetEquals(built.Vocabulary));
        Assert.Equal(Json(built.Model.Load.Skipped), Json(model.Load.Skipped));
        Assert.Equal(built.Model.Load.Notes, model.Load.Notes);
    }

    [Fact]
    public void OpenArticles_FindsEachStoredArticleByItsContentKeyAlone()
    {
        using var seeds = BadSeedsTests.CopyOfRealSeeds();
        using var harness = new AdminHarness(seeds.Path);
        harness.Admin.EnsureLoaded();
        var built = harness.Index.Current!.Model;
        CorpusStore.Write(_folder, built, harness.Index.Current.Vocabulary);

        using var stored = CorpusStore.OpenArticles(_folder)!;

        Assert.Equal(built.Extracted.Select(a => a.ContentKey).Order(), stored.Keys.Order());
        foreach (var article in built.Extracted.Reverse())
        {
            var found = stored.Find(article.ContentKey)!;
            Assert.Equal(Json(article.Article), Json(found.Article));
            Assert.Equal(Json(article.Paragraphs), Json(found.Paragraphs));
        }

        Assert.Null(stored.Find("not a stored key"));
    }

    [Fact]
    public void OpenArticles_DamagedStore_IsNull()
    {
        File.WriteAllBytes(Path.Combine(_folder, CorpusStore.FileName), [1, 2, 3, 4, 5, 6, 7, 8, 9]);

        Assert.Null(CorpusStore.OpenArticles(_folder));
    }

    [Fact]
    public void TryRead_NoStore_IsNull() => Assert.Null(CorpusStore.TryRead(_folder));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, WithFields);
}

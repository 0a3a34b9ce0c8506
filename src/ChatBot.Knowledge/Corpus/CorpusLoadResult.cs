namespace ChatBot.Knowledge.Corpus;

/// <summary>What loading the seeds folder produced.</summary>
/// <param name="Documents">Usable articles, in file-name order.</param>
/// <param name="Skipped">Files and catalog entries left out, with reasons.</param>
/// <param name="Notes">Things worth telling an admin, e.g. "date inferred from the text".</param>
public sealed record CorpusLoadResult(IReadOnlyList<SeedDocument> Documents, IReadOnlyList<SkippedSeed> Skipped, IReadOnlyList<string> Notes);

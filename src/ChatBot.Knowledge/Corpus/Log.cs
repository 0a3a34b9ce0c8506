using Microsoft.Extensions.Logging;

namespace ChatBot.Knowledge.Corpus;

/// <summary>Log messages of corpus loading (event ids 100-119).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Loaded {DocumentCount} seed documents ({SkippedCount} skipped) from {SeedsPath}")]
    public static partial void CorpusLoaded(ILogger logger, int documentCount, int skippedCount, string seedsPath);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Skipped seed {File}: {Reason}")]
    public static partial void SeedSkipped(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Inferred metadata for uncataloged seed {File}: published {Published} ({DateBasis})")]
    public static partial void MetadataInferred(ILogger logger, string file, DateOnly published, string dateBasis);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Seeds folder {SeedsPath} not found")]
    public static partial void SeedsFolderMissing(ILogger logger, string seedsPath);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Corpus note: {Note}")]
    public static partial void CorpusNote(ILogger logger, string note);
}

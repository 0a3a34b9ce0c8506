using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Hosting;

/// <summary>The serving index: version, build time, sizes, and the last (re)index report.</summary>
public sealed record KnowledgeStatus(int Version, DateTimeOffset? BuiltAt, int Sources, int Paragraphs, int Facts, ReindexReport? LastReport);

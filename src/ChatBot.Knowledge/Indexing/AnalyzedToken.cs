namespace ChatBot.Knowledge.Indexing;

/// <summary>A term the analyzer produced, with its word position (aliases share the position of their word).</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);

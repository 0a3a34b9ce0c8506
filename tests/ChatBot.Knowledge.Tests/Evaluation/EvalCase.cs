using System.Text.Json;

namespace ChatBot.Knowledge.Tests.Evaluation;

/// <summary>One line of the evaluation question file (same format as shared/eval/dev.jsonl).</summary>
public sealed record EvalCase(
    string Id,
    string Kind,
    IReadOnlyList<string> Turns,
    IReadOnlyList<string>? ExpectAny,
    IReadOnlyList<string>? Seeds,
    string? FirstSeed,
    IReadOnlyList<string>? ForbidQuoteAny)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IReadOnlyList<EvalCase> Load(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<EvalCase>(line, Json)!)
            .ToList();

    public override string ToString() => Id;
}

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>Whose position a question asks about: a person (by canonical name) or a side ("azerbaijan").</summary>
/// <param name="Label">Display name: "Ilham Aliyev", "Azerbaijan".</param>
/// <param name="Person">Canonical gazetteer name when the party is a person, else null.</param>
/// <param name="Side">The gazetteer side the party stands for; a person's own side when known.</param>
internal sealed record Party(string Label, string? Person, string? Side);

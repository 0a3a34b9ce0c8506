namespace ChatBot.Knowledge.Answers;

/// <summary>A question as the engine receives it.</summary>
/// <param name="Text">What the user typed, with channel mentions already removed.</param>
/// <param name="Focus">The conversation's last focus, for follow-ups; null for a fresh conversation.</param>
public sealed record Question(string Text, ConversationFocus? Focus = null);

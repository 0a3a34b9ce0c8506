namespace ChatBot.Knowledge.Facts;

public enum EntityKind
{
    Person,
    Place,
    Organization,
    /// <summary>Events, documents and other named things.</summary>
    Other,
}

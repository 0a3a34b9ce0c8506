namespace ChatBot.Knowledge.Facts;

/// <summary>
/// Carries a speaker across the sentences of a multi-sentence quote: “A. B. C,” the ministry said — A and B get the
/// speaker named after C. A closing quote with no opening one in the paragraph covers the sentences before it.
/// </summary>
internal sealed class QuoteTracker
{
    private readonly List<int> _pending = [];
    private bool _open;
    private string? _openedBy;

    /// <summary>Record the fact just added to <paramref name="facts"/> and fill in earlier speakers once known.</summary>
    public void Add(List<Fact> facts, string sentence)
    {
        var index = facts.Count - 1;
        var startsInside = _open;
        var orphanClose = false;
        var depth = _open ? 1 : 0;
        foreach (var c in sentence)
        {
            if (c == '\u201C' || (c == '"' && depth == 0))
            {
                depth = 1;
            }
            else if (c == '\u201D' || c == '"')
            {
                orphanClose |= depth == 0;
                depth = 0;
            }
        }

        _open = depth > 0;
        var speaker = facts[index].Speaker;
        if (speaker is null && startsInside && _openedBy is not null)
        {
            // Pashinyan stated, “A. B.” — B continues the quote its opening sentence attributed.
            facts[index] = facts[index] with { Speaker = _openedBy };
            _openedBy = _open ? _openedBy : null;
            return;
        }

        if (_open)
        {
            _openedBy = startsInside ? _openedBy : speaker;
            if (speaker is null)
            {
                _pending.Add(index);
            }

            return;
        }

        _openedBy = null;

        if (speaker is not null && (startsInside || orphanClose))
        {
            var covered = orphanClose && !startsInside ? Preceding(facts, index) : _pending;
            foreach (var i in covered)
            {
                facts[i] = facts[i] with { Speaker = speaker };
            }
        }

        _pending.Clear();
    }

    private static List<int> Preceding(List<Fact> facts, int index)
    {
        var earlier = new List<int>();
        for (var i = index - 1; i >= 0 && facts[i].Speaker is null; i--)
        {
            earlier.Add(i);
        }

        return earlier;
    }
}

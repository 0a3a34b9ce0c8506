using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Tests.Indexing;

public sealed class TermSetTests
{
    [Fact]
    public void From_SharesOneStringPerTermAcrossSets()
    {
        var pool = new TermPool();
        var first = TermSet.From([new string("border"), "talk"], pool);
        var second = TermSet.From([new string("border")], pool);

        Assert.Same(first.First(), second.First());
    }

    [Fact]
    public void SetOperations_BehaveLikeAHashSet()
    {
        var set = TermSet.From(["talk", "border", "talk", "almaty"], new TermPool());
        var same = new HashSet<string>(["almaty", "border", "talk"]);

        Assert.Equal(3, set.Count);
        Assert.True(set.Contains("border"));
        Assert.False(set.Contains("borders"));
        Assert.True(set.SetEquals(same));
        Assert.True(set.Overlaps(["peace", "talk"]));
        Assert.False(set.Overlaps(["peace"]));
        Assert.True(set.IsSubsetOf(["almaty", "border", "talk", "peace"]));
        Assert.True(set.IsProperSubsetOf(["almaty", "border", "talk", "peace"]));
        Assert.False(set.IsProperSubsetOf(same));
        Assert.True(set.IsSupersetOf(["talk"]));
        Assert.True(set.IsProperSupersetOf(["talk"]));
    }
}

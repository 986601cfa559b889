using System.Text;
using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

/// <summary>
/// The name cache compares names by a key of their first and last eight bytes, exact up to 16 bytes; longer
/// names and names that share a slot must still come back as themselves.
/// </summary>
public sealed class NameCacheTests
{
    [Fact]
    public void EveryLengthComesBackAsItselfAndIsShared()
    {
        for (var length = 0; length <= 70; length++)
        {
            var name = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i * 7 % 26))));
            var first = NameCache.Get(Encoding.ASCII.GetBytes(name));
            var second = NameCache.Get(Encoding.ASCII.GetBytes(name));
            Assert.Equal(name, first);
            Assert.Equal(name, second);
            if (length <= 64)
            {
                Assert.Same(first, second);
            }
        }
    }

    [Theory]
    [InlineData("abcdefgh_X_ijklmnop", "abcdefgh_Y_ijklmnop")] // same first and last eight bytes, same length
    [InlineData("abc", "acc")] // short names differ in the middle byte only
    [InlineData("abcde", "abdde")]
    [InlineData("a", "aa")]
    public void NamesAlikeInTheirKeyStayApart(string one, string other)
    {
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(one, NameCache.Get(Encoding.ASCII.GetBytes(one)));
            Assert.Equal(other, NameCache.Get(Encoding.ASCII.GetBytes(other)));
        }
    }

    [Fact]
    public void NamesDifferingInTheirLastCharacterKeepTheirOwnSlots()
    {
        // Generated schemas number their fields; a hash blind to the last byte made every such name miss.
        foreach (var stem in new[] { "archiveWhatsapp", "photoPrice", "zone" })
        {
            var slots = Enumerable.Range(0, 10).Select(i => NameCache.SlotOf(Encoding.ASCII.GetBytes($"{stem}{i}"))).ToArray();
            Assert.Equal(10, slots.Distinct().Count());
        }
    }

    [Fact]
    public void ManyDistinctNamesEvictButNeverConfuse()
    {
        var names = Enumerable.Range(0, 20_000).Select(i => $"n{i}_{i % 7}").ToArray();
        foreach (var name in names.Concat(names.Reverse()))
        {
            Assert.Equal(name, NameCache.Get(Encoding.ASCII.GetBytes(name)));
        }
    }

    [Fact]
    public void ThreadsRacingForSlotsGetTheirOwnNames()
    {
        var names = Enumerable.Range(0, 5_000).Select(i => $"field{i}").ToArray();
        Parallel.For(0, 8, worker =>
        {
            for (var round = 0; round < 20; round++)
            {
                foreach (var name in worker % 2 == 0 ? names : names.Reverse())
                {
                    Assert.Equal(name, NameCache.Get(Encoding.ASCII.GetBytes(name)));
                }
            }
        });
    }
}

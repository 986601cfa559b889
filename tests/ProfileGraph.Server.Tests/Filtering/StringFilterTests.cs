using ProfileGraph.Server.Filtering;

namespace ProfileGraph.Server.Tests.Filtering;

public sealed class StringFilterTests
{
    [Theory]
    [InlineData("Ada", true)]
    [InlineData("ada", false)]
    [InlineData(null, false)]
    public void Eq_compares_exactly(string? value, bool matches) => Assert.Equal(matches, new StringFilter(Eq: "Ada").Matches(value));

    [Theory]
    [InlineData("Lovelace", true)]
    [InlineData("LOVELACE", true)]
    [InlineData("Love", false)]
    [InlineData(null, false)]
    public void Contains_ignores_case(string? value, bool matches) => Assert.Equal(matches, new StringFilter(Contains: "velac").Matches(value));

    [Theory]
    [InlineData("grace_h", true)]
    [InlineData("Grace", true)]
    [InlineData("agrace", false)]
    public void StartsWith_ignores_case(string value, bool matches) => Assert.Equal(matches, new StringFilter(StartsWith: "gra").Matches(value));

    [Fact]
    public void All_given_conditions_must_hold_and_none_given_matches_everything()
    {
        Assert.False(new StringFilter(Eq: "Ada", StartsWith: "b").Matches("Ada"));
        Assert.True(new StringFilter(Eq: "Ada", StartsWith: "a").Matches("Ada"));
        Assert.True(new StringFilter().Matches(null));
    }
}

using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation;

namespace ProfileGraph.GraphQL.Tests.Validation;

public sealed class ValidationCacheTests
{
    private const string Query = "{ dog { unknown } }";

    [Fact]
    public void Same_text_and_schema_reuse_the_result()
    {
        var cache = new ValidationCache();
        var first = cache.Validate(ValidationTestSchema.Schema, Query, Utf8GraphQLParser.Parse(Query));
        var second = cache.Validate(ValidationTestSchema.Schema, Query, Utf8GraphQLParser.Parse(Query));

        Assert.Same(first, second);
        Assert.Equal(["Cannot query field \"unknown\" on type \"Dog\". (1:9)"], second.Select(e => e.ToString()));
    }

    [Fact]
    public void Another_schema_validates_again()
    {
        var cache = new ValidationCache();
        var other = SchemaBuilder.Build("type Query { dog: Dog } type Dog { unknown: Int }");
        cache.Validate(ValidationTestSchema.Schema, Query, Utf8GraphQLParser.Parse(Query));

        Assert.Empty(cache.Validate(other, Query, Utf8GraphQLParser.Parse(Query)));
    }

    [Fact]
    public void Another_text_validates_again()
    {
        var cache = new ValidationCache(capacity: 1);
        cache.Validate(ValidationTestSchema.Schema, Query, Utf8GraphQLParser.Parse(Query));

        Assert.Empty(cache.Validate(ValidationTestSchema.Schema, "{ dog { name } }", Utf8GraphQLParser.Parse("{ dog { name } }")));
        Assert.Single(cache.Validate(ValidationTestSchema.Schema, Query, Utf8GraphQLParser.Parse(Query)));
    }
}

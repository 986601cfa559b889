using Microsoft.Extensions.Primitives;
using ProfileGraph.GraphQL.AspNetCore.Http;

namespace ProfileGraph.GraphQL.AspNetCore.Tests;

/// <summary>Negotiation between application/graphql-response+json and application/json (RFC 9110 §12.5.1).</summary>
public sealed class AcceptHeaderTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/json", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/*", "Json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", "GraphQLResponseJson")]
    [InlineData("application/json, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "Json")]
    [InlineData("application/json;q=0.2, */*", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0, */*", "Json")]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", "GraphQLResponseJson")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Json")]
    [InlineData("multipart/mixed;deferSpec=20220824, application/graphql-response+json, application/json", "GraphQLResponseJson")]
    [InlineData("text/html", "None")]
    [InlineData("application/xml", "None")]
    [InlineData("application/json;q=0", "None")]
    [InlineData("nonsense, ;;, /", "Json")]
    public void The_highest_quality_type_wins_and_legacy_clients_get_application_json(string? accept, string expected)
    {
        Assert.Equal(Enum.Parse<ResponseMediaType>(expected), AcceptHeader.Negotiate(new StringValues(accept)));
    }

    [Fact]
    public void Several_Accept_headers_count_as_one_list()
    {
        Assert.Equal(ResponseMediaType.GraphQLResponseJson, AcceptHeader.Negotiate(new StringValues(["application/json;q=0.5", "application/graphql-response+json"])));
    }

    [Theory]
    [InlineData("text/html,*/*;q=0.8", true)]
    [InlineData("TEXT/HTML", true)]
    [InlineData("text/html;q=0, */*", false)]
    [InlineData("*/*", false)]
    [InlineData(null, false)]
    public void Browsers_are_told_by_text_html(string? accept, bool expected)
    {
        Assert.Equal(expected, AcceptHeader.AcceptsHtml(new StringValues(accept)));
    }
}

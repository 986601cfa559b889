using ProfileGraph.GraphQL.AspNetCore;
using ProfileGraph.GraphQL.Federation;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Schema;
using Snapshooter.Xunit;

namespace ProfileGraph.Server.Tests.Schema;

/// <summary>What clients and composition tools read of the contract, held by Snapshooter: a change to either is a reviewed snapshot change.</summary>
public sealed class SchemaSnapshotTests
{
    /// <summary><c>GET /graphql?sdl</c>: graphql-js's layout with the cost and cache-control directives where they apply.</summary>
    [Fact]
    public void The_served_sdl() => Snapshot.Match(SchemaPrinter.Print(ProfileSchema.Build(), GraphQLServer.PrintedDirectives));

    /// <summary><c>_service { sdl }</c> and <c>schema export --federation</c>.</summary>
    [Fact]
    public void The_federation_sdl() => Snapshot.Match(Subgraph.Of(ProfileSchema.Build())!.Sdl);
}

using ProfileGraph.GraphQL.Binding;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Execution.CacheControl;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution.CacheControl;

/// <summary>
/// An operation's cache policy from <c>@cacheControl</c> (Apollo Server's rules): type and field hints, the default
/// for root and composite fields, <c>inheritMaxAge</c>, private scope, abstract types, configured hints under the
/// SDL's, extensions that lower it, and its computation once per cached plan.
/// </summary>
public sealed class CachePolicyTests
{
    private const string Sdl = """
        type Query {
          book: Book
          books: [Book!]! @cacheControl(maxAge: 30)
          latest: Book @cacheControl(maxAge: 10)
          reader: Reader
          media: Media @cacheControl(maxAge: 120)
          count: Int
          counted: Int @cacheControl(maxAge: 15)
          hinted: Book @cacheControl(scope: PRIVATE)
        }

        type Book @cacheControl(maxAge: 60) {
          title: String
          author: Author
          cover: Cover
          price: Int @cacheControl(maxAge: 5)
          secret: String @cacheControl(scope: PRIVATE)
          shelf: Shelf @cacheControl(inheritMaxAge: true)
        }

        type Author @cacheControl(maxAge: 300) { name: String }
        type Cover { url: String }
        type Shelf { label: String }
        type Reader @cacheControl(maxAge: 100, scope: PRIVATE) { name: String }
        type Film @cacheControl(inheritMaxAge: true) { title: String rating: Int @cacheControl(maxAge: 20) }
        union Media = Book | Film
        """;

    private static readonly object Root = new Dictionary<string, object?>
    {
        ["book"] = Book(),
        ["books"] = new[] { Book() },
        ["latest"] = Book(),
        ["reader"] = new Dictionary<string, object?> { ["name"] = "R" },
        ["media"] = new Dictionary<string, object?> { ["__typename"] = "Film", ["title"] = "F", ["rating"] = 3 },
        ["count"] = 1,
        ["counted"] = 2,
        ["hinted"] = Book(),
    };

    [Theory]
    [InlineData("{ book { title } }", 60)] // the type's hint
    [InlineData("{ books { title } }", 30)] // the field's hint replaces its type's
    [InlineData("{ latest { title } books { title } }", 10)] // the smallest of all
    [InlineData("{ book { title price } }", 5)] // a scalar's own hint counts
    [InlineData("{ book { author { name } } }", 60)] // a child with a longer max-age does not raise it
    [InlineData("{ book { title shelf { label } } }", 60)] // inheritMaxAge on the field: the parent's
    [InlineData("{ count }", 0)] // a root scalar without a hint gets the default
    [InlineData("{ counted }", 15)]
    [InlineData("{ book { cover { url } } }", 0)] // a composite field without any hint gets the default
    [InlineData("{ media { ... on Film { title } } }", 120)] // an abstract field: its own hint; Film inherits
    [InlineData("{ media { ... on Film { rating } } }", 20)]
    [InlineData("{ media { ... on Book { price } ... on Film { title } } }", 5)] // every possible type's selections count
    public async Task The_max_age_is_the_smallest_of_the_fields_hints(string query, int maxAge)
    {
        var policy = await PolicyOfAsync(Executor(), query);

        Assert.Equal(new CachePolicy(maxAge, CacheControlScope.Public), policy);
    }

    [Theory]
    [InlineData("{ book { secret } }", 60)]
    [InlineData("{ reader { name } book { title } }", 60)]
    [InlineData("{ hinted { title } }", 60)] // a field's scope over its type's max-age
    public async Task A_private_hint_anywhere_makes_the_response_private(string query, int maxAge)
    {
        Assert.Equal(new CachePolicy(maxAge, CacheControlScope.Private), await PolicyOfAsync(Executor(), query));
    }

    [Fact]
    public async Task Typename_alone_gives_no_max_age_and_introspection_is_not_cacheable()
    {
        Assert.Equal(new CachePolicy(null, CacheControlScope.Public), await PolicyOfAsync(Executor(), "{ __typename }"));
        Assert.False((await PolicyOfAsync(Executor(), "{ __typename }"))!.IsCacheable);
        Assert.Equal(0, (await PolicyOfAsync(Executor(), "{ __schema { queryType { name } } book { title } }"))!.MaxAge);
    }

    [Fact]
    public async Task Configured_hints_fill_what_the_sdl_leaves_out_and_yield_to_what_it_says()
    {
        var options = new ExecutionOptions();
        options.CacheControl.Hints["Cover"] = new CacheHint(MaxAge: 45);
        options.CacheControl.Hints["Book"] = new CacheHint(MaxAge: 1, Scope: CacheControlScope.Private); // the SDL's maxAge wins, its scope stays
        options.CacheControl.Hints["Query.count"] = new CacheHint(MaxAge: 25);
        var executor = Executor(options);

        Assert.Equal(new CachePolicy(45, CacheControlScope.Private), await PolicyOfAsync(executor, "{ book { cover { url } } }"));
        Assert.Equal(new CachePolicy(25, CacheControlScope.Public), await PolicyOfAsync(executor, "{ count }"));
    }

    [Fact]
    public async Task A_default_max_age_applies_where_no_hint_gives_one()
    {
        var options = new ExecutionOptions();
        options.CacheControl.DefaultMaxAge = 7;

        Assert.Equal(7, (await PolicyOfAsync(Executor(options), "{ book { title cover { url } } }"))!.MaxAge);
    }

    [Fact]
    public async Task Skip_and_include_by_variable_are_judged_per_request()
    {
        var executor = Executor();
        const string query = "query($cheap: Boolean!) { book { title price @include(if: $cheap) } }";

        Assert.Equal(5, (await PolicyOfAsync(executor, query, new Dictionary<string, object?> { ["cheap"] = true }))!.MaxAge);
        Assert.Equal(60, (await PolicyOfAsync(executor, query, new Dictionary<string, object?> { ["cheap"] = false }))!.MaxAge);
    }

    [Fact]
    public async Task An_extension_with_a_cache_hint_lowers_the_policy_of_its_response_only()
    {
        var schema = new SchemaBuilder()
            .AddDocument(CacheControlDirectives.Sdl)
            .AddDocument("type Query { value(stale: Boolean!): Int @cacheControl(maxAge: 60) }")
            .AddResolver("Query", "value", (bool stale, IResolverContext context) =>
            {
                if (stale)
                {
                    context.GetOrAddResultExtension("stale", () => new StaleNote());
                }

                return 1;
            })
            .Build();
        var executor = new RequestExecutor(schema);

        Assert.Equal(0, (await PolicyOfAsync(executor, "{ value(stale: true) }"))!.MaxAge);
        Assert.Equal(60, (await PolicyOfAsync(executor, "{ value(stale: false) }"))!.MaxAge);
    }

    [Fact]
    public async Task A_request_error_has_no_policy_and_switching_hints_off_computes_none()
    {
        Assert.Null((await Executor().ExecuteAsync("{ nothing }")).CachePolicy);
        var off = new ExecutionOptions();
        off.CacheControl.Enabled = false;
        var result = await Executor(off).ExecuteAsync(new ExecutionRequest { Query = "{ book { title } }", RootValue = Root });
        Assert.Empty(result.Errors);
        Assert.Null(result.CachePolicy);
    }

    [Fact]
    public async Task The_policy_is_computed_once_per_cached_plan()
    {
        var executor = Executor();
        var first = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ book { title } }", RootValue = Root });
        var second = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ book { title } }", RootValue = Root });

        Assert.Same(first.CachePolicy, second.CachePolicy);
    }

    [Fact]
    public void The_directive_reads_as_apollo_defines_it()
    {
        var schema = new SchemaBuilder().AddDocument(CacheControlDirectives.Sdl).AddDocument(Sdl).Build();

        Assert.Equal(new CacheHint(100, CacheControlScope.Private), CacheControlDirectives.HintOf(schema.GetType("Reader")!));
        Assert.Equal(new CacheHint(InheritMaxAge: true), CacheControlDirectives.HintOf(schema.GetField("Book", "shelf")!));
        Assert.Null(CacheControlDirectives.HintOf(schema.GetType("Cover")!));
    }

    private static RequestExecutor Executor(ExecutionOptions? options = null) =>
        new(new SchemaBuilder().AddDocument(CacheControlDirectives.Sdl).AddDocument(Sdl).Build(), options);

    private static async Task<CachePolicy?> PolicyOfAsync(RequestExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, RootValue = Root });
        Assert.Empty(result.Errors);
        return result.CachePolicy;
    }

    private static Dictionary<string, object?> Book() => new()
    {
        ["__typename"] = "Book",
        ["title"] = "T",
        ["price"] = 1,
        ["secret"] = "S",
        ["author"] = new Dictionary<string, object?> { ["name"] = "A" },
        ["cover"] = new Dictionary<string, object?> { ["url"] = "U" },
        ["shelf"] = new Dictionary<string, object?> { ["label"] = "L" },
    };

    private sealed class StaleNote : IResultCacheHint
    {
        public CacheHint CacheHint => new(MaxAge: 0);
    }
}

using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;
using static ProfileGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>
/// Spec §6.4.1 and §6.4.2: variables and arguments with defaults, explicit null versus absent, lists, input
/// objects and <c>@oneOf</c>. The resolver echoes what it received, so "absent" shows as a missing key.
/// </summary>
public sealed class VariableCoercionTests
{
    private const string Sdl = """
        type Query {
          echo(int: Int, list: [Int], nested: [[Int!]], input: Filter, required: Int!, withDefault: String = "dflt", choice: Choice): String
        }
        input Filter { name: String, tags: [String!] = ["a"], limit: Int! = 10 }
        input Choice @oneOf { byId: ID, byName: String }
        """;

    private static GraphQLSchema Schema() => new SchemaBuilder().AddDocument(Sdl)
        .AddResolver("Query", "echo", (FieldResolver)(context => new ValueTask<object?>(Describe(context.Arguments))))
        .Build();

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Describe(p.Value))) + "}",
        IDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Describe(p.Value))) + "}",
        System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Describe)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    public static TheoryData<string, string, string> Accepted => new()
    {
        // Absent variable: the argument is absent (or its default applies); explicit null is null.
        { "query($v: Int) { echo(required: 1, int: $v) }", "{}", "{required:1,withDefault:dflt}" },
        { "query($v: Int) { echo(required: 1, int: $v) }", "{'v':null}", "{int:null,required:1,withDefault:dflt}" },
        { "query($v: String) { echo(required: 1, withDefault: $v) }", "{}", "{required:1,withDefault:dflt}" },
        { "query($v: String) { echo(required: 1, withDefault: $v) }", "{'v':null}", "{required:1,withDefault:null}" },
        { "query($v: Int = 7) { echo(required: $v) }", "{}", "{required:7,withDefault:dflt}" },
        // Lists: a single value is wrapped (input coercion of lists), nested lists stay nested.
        { "query($v: [Int]) { echo(required: 1, list: $v) }", "{'v':3}", "{list:[3],required:1,withDefault:dflt}" },
        { "query($v: [[Int!]]) { echo(required: 1, nested: $v) }", "{'v':[[1,2],[3]]}", "{nested:[[1,2],[3]],required:1,withDefault:dflt}" },
        { "{ echo(required: 1, nested: 4) }", "{}", "{nested:[[4]],required:1,withDefault:dflt}" },
        { "query($a: Int, $b: Int) { echo(required: 1, list: [$a, $b, 3]) }", "{'a':1}", "{list:[1,null,3],required:1,withDefault:dflt}" },
        // Input objects: defaults fill in, a field whose variable is absent is absent.
        { "query($f: Filter) { echo(required: 1, input: $f) }", "{'f':{'name':'x'}}", "{input:{limit:10,name:x,tags:[a]},required:1,withDefault:dflt}" },
        { "query($n: String) { echo(required: 1, input: { name: $n, limit: 2 }) }", "{}", "{input:{limit:2,tags:[a]},required:1,withDefault:dflt}" },
        { "query($n: String) { echo(required: 1, input: { name: $n, limit: 2 }) }", "{'n':null}", "{input:{limit:2,name:null,tags:[a]},required:1,withDefault:dflt}" },
        // @oneOf: exactly one field.
        { "query($c: Choice) { echo(required: 1, choice: $c) }", "{'c':{'byName':'ada'}}", "{choice:{byName:ada},required:1,withDefault:dflt}" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Coerces_variables_and_arguments(string query, string variables, string echoed)
    {
        var response = await RunAsync(Schema(), query, System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(variables.Replace('\'', '"')));
        Assert.Equal(Json($"{{'data':{{'echo':'{echoed}'}}}}"), response);
    }

    public static TheoryData<string, string, string> Rejected => new()
    {
        { "query($v: Int!) { echo(required: $v) }", "{}", "Variable \\u0022$v\\u0022 of required type \\u0022Int!\\u0022 was not provided." },
        { "query($v: Int!) { echo(required: $v) }", "{'v':null}", "Variable \\u0022$v\\u0022 of non-null type \\u0022Int!\\u0022 must not be null." },
        { "query($v: Int) { echo(required: 1, int: $v) }", "{'v':'abc'}", "Variable \\u0022$v\\u0022 got invalid value \\u0022abc\\u0022; Int cannot represent non-integer value: \\u0022abc\\u0022" },
        { "query($v: Int) { echo(required: 1, int: $v) }", "{'v':2147483648}", "Variable \\u0022$v\\u0022 got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "query($f: Filter) { echo(required: 1, input: $f) }", "{'f':{'nme':'x'}}", "Variable \\u0022$f\\u0022 got invalid value { nme: \\u0022x\\u0022 }; Field \\u0022nme\\u0022 is not defined by type \\u0022Filter\\u0022." },
        { "query($c: Choice) { echo(required: 1, choice: $c) }", "{'c':{'byId':'1','byName':'ada'}}", "Variable \\u0022$c\\u0022 got invalid value { byId: \\u00221\\u0022, byName: \\u0022ada\\u0022 }; Exactly one key must be specified for OneOf type \\u0022Choice\\u0022." },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Invalid_variables_are_request_errors_with_the_variables_location(string query, string variables, string message)
    {
        var response = await RunAsync(Schema(), query, System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(variables.Replace('\'', '"')));
        Assert.Equal(Json($"{{'errors':[{{'message':'{message}','locations':[{{'line':1,'column':7}}],'extensions':{{'code':'BAD_USER_INPUT'}}}}]}}"), response);
    }

    [Fact]
    public async Task A_null_variable_in_a_non_null_argument_with_a_defaulted_variable_is_a_field_error()
    {
        // Validation allows a nullable variable with a default in a non-null position; an explicit null still fails.
        var response = await RunAsync(Schema(), "query($v: Int = 3) { echo(required: $v) }", new { v = (int?)null });
        Assert.Equal(
            Json("{'errors':[{'message':'Argument \\u0022required\\u0022 of non-null type \\u0022Int!\\u0022 must not be null.','locations':[{'line':1,'column':22}],'path':['echo'],'extensions':{'code':'BAD_USER_INPUT'}}],'data':{'echo':null}}"),
            response);
    }
}

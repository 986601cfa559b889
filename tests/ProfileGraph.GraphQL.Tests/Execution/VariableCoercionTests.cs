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
        { "query($v: Int!) { echo(required: $v) }", "{}", "Variable \\\"$v\\\" of required type \\\"Int!\\\" was not provided." },
        { "query($v: Int!) { echo(required: $v) }", "{'v':null}", "Variable \\\"$v\\\" of non-null type \\\"Int!\\\" must not be null." },
        { "query($v: Int) { echo(required: 1, int: $v) }", "{'v':'abc'}", "Variable \\\"$v\\\" got invalid value \\\"abc\\\"; Int cannot represent non-integer value: \\\"abc\\\"" },
        { "query($v: Int) { echo(required: 1, int: $v) }", "{'v':2147483648}", "Variable \\\"$v\\\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "query($f: Filter) { echo(required: 1, input: $f) }", "{'f':{'nme':'x'}}", "Variable \\\"$f\\\" got invalid value { nme: \\\"x\\\" }; Field \\\"nme\\\" is not defined by type \\\"Filter\\\"." },
        { "query($c: Choice) { echo(required: 1, choice: $c) }", "{'c':{'byId':'1','byName':'ada'}}", "Variable \\\"$c\\\" got invalid value { byId: \\\"1\\\", byName: \\\"ada\\\" }; Exactly one key must be specified for OneOf type \\\"Choice\\\"." },
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
            Json("{'errors':[{'message':'Argument \\\"required\\\" of non-null type \\\"Int!\\\" must not be null.','locations':[{'line':1,'column':22}],'path':['echo'],'extensions':{'code':'BAD_USER_INPUT'}}],'data':{'echo':null}}"),
            response);
    }
}

using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Schema;

// `schema export` prints the SDL for composition tools; anything else runs the service.
if (args is ["schema", "export", ..])
{
    Console.Out.Write(SchemaPrinter.Print(ProfileSchema.Build()));
    return 0;
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
return 0;

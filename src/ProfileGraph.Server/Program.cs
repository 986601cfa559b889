using ProfileGraph.GraphQL.Types;
using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Schema;

// `schema export` prints the SDL for composition tools; anything else runs the service.
if (args is ["schema", "export", ..])
{
    Console.Out.Write(SchemaPrinter.Print(ProfileSchema.Build()));
    return 0;
}

await using var app = await ProfileGraphApp.CreateAsync(args);
await app.RunAsync();
return 0;

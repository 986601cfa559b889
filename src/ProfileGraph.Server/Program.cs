using ProfileGraph.Server.Hosting;
using ProfileGraph.Server.Schema;

// `schema export [--federation]` prints the SDL (the contract, or the subgraph SDL for composition); anything else
// runs the service.
if (args is ["schema", "export", .. var options])
{
    return SchemaExport.Run(options, Console.Out, Console.Error);
}

await using var app = await ProfileGraphApp.CreateAsync(args);
app.AnnounceAddresses();
app.StopWhenStdinCloses();
await app.RunAsync();
return 0;

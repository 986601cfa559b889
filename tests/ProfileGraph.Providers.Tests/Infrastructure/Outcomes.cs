using ProfileGraph.Providers.Errors;

namespace ProfileGraph.Providers.Tests.Infrastructure;

public static class Outcomes
{
    /// <summary>Null for a success, else the provider failure; anything else still throws.</summary>
    public static async Task<ProviderException?> Of(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (ProviderException failure)
        {
            return failure;
        }
    }
}

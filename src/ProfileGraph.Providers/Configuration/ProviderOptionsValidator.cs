using Microsoft.Extensions.Options;

namespace ProfileGraph.Providers.Configuration;

/// <summary>Fails start-up with every missing or malformed key of a provider's options, by name.</summary>
internal sealed class ProviderOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : ProviderOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

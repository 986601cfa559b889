using ProfileGraph.Emulators.Faults;

namespace ProfileGraph.Providers.Tests.Infrastructure;

public static class Faults
{
    /// <summary>A profile that injects the named fault (an <see cref="ErrorRates"/> property) on every request, with the provider's rate limits off.</summary>
    public static FaultProfile Always(string fault)
    {
        var errors = new ErrorRates();
        (typeof(ErrorRates).GetProperty(fault) ?? throw new ArgumentException("no such fault: " + fault, nameof(fault))).SetValue(errors, 1.0);
        return new FaultProfile { RateLimits = false, Errors = errors };
    }
}

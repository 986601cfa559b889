namespace ProfileGraph.Emulators.Faults;

/// <summary>
/// The faults one provider shows: a latency distribution, a rate per kind of error, and whether the
/// provider's own rate limits are enforced. Settable so that JSON and configuration binding keep the
/// defaults of fields they leave out; <see cref="EmulatorState.SetFaults"/> replaces whole profiles.
/// </summary>
public sealed record FaultProfile
{
    public LatencyProfile Latency { get; set; } = new();

    public ErrorRates Errors { get; set; } = new();

    /// <summary>Whether the provider's published rate limits answer 429.</summary>
    public bool RateLimits { get; set; } = true;

    /// <summary>The first problem with the profile, or null when it is usable.</summary>
    public string? Validate() =>
        Latency is null || Errors is null ? "latency and errors must be objects" : Latency.Validate() ?? Errors.Validate();

    /// <summary>
    /// As <see cref="Validate()"/>, and refuses a WebSocket close rate for an HTTP provider, where it
    /// would otherwise be silently ignored.
    /// </summary>
    public string? ValidateFor(EmulatedProvider provider) =>
        Validate() ?? (provider != EmulatedProvider.Nandbox && Errors.WebSocketClose > 0
            ? "errors.webSocketClose applies to nandbox only"
            : null);
}

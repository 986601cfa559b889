namespace ProfileGraph.Emulators.Observability;

/// <summary>Outcome names counted besides HTTP status codes, shared by the HTTP pipeline and the nandbox socket.</summary>
public static class CounterOutcomes
{
    public const string Ok = "ok";
    public const string Error = "error";
    public const string Timeout = "timeout";
    public const string Reset = "reset";
    public const string Close = "close";
    public const string Malformed = "malformed";

    /// <summary>A nandbox socket closed because another authenticated with the same bot's token.</summary>
    public const string Replaced = "replaced";
}

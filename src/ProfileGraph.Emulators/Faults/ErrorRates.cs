namespace ProfileGraph.Emulators.Faults;

/// <summary>Probability, per request, of each injected error; they add up to at most 1.</summary>
public sealed record ErrorRates
{
    /// <summary>A 5xx answer in the provider's own shape (an error frame on the nandbox socket).</summary>
    public double ServerError { get; set; }

    /// <summary>A 429 in the provider's own shape, whatever the real limiter says.</summary>
    public double TooManyRequests { get; set; }

    /// <summary>No answer at all until the client gives up.</summary>
    public double Timeout { get; set; }

    /// <summary>The connection is dropped without an answer.</summary>
    public double ConnectionReset { get; set; }

    /// <summary>nandbox only: the socket is closed while requests are in flight.</summary>
    public double WebSocketClose { get; set; }

    /// <summary>
    /// A success that cannot be read: HTTP 200 with a JSON body cut off mid-way; on nandbox a
    /// <c>userDetails</c> frame whose <c>user</c> is no object.
    /// </summary>
    public double MalformedResponse { get; set; }

    public string? Validate()
    {
        double[] rates = [ServerError, TooManyRequests, Timeout, ConnectionReset, WebSocketClose, MalformedResponse];
        if (rates.Any(rate => rate is < 0 or > 1 || double.IsNaN(rate)))
        {
            return "every error rate must lie between 0 and 1";
        }

        return rates.Sum() > 1 + 1e-9 ? "error rates must add up to at most 1" : null;
    }

    /// <summary>Draws the fault for one request, or <see cref="InjectedFault.None"/>.</summary>
    public InjectedFault Draw(Random random)
    {
        var draw = random.NextDouble();
        foreach (var (rate, fault) in Table())
        {
            if (draw < rate)
            {
                return fault;
            }

            draw -= rate;
        }

        return InjectedFault.None;
    }

    private IEnumerable<(double Rate, InjectedFault Fault)> Table()
    {
        yield return (ServerError, InjectedFault.ServerError);
        yield return (TooManyRequests, InjectedFault.TooManyRequests);
        yield return (Timeout, InjectedFault.Timeout);
        yield return (ConnectionReset, InjectedFault.ConnectionReset);
        yield return (WebSocketClose, InjectedFault.WebSocketClose);
        yield return (MalformedResponse, InjectedFault.MalformedResponse);
    }
}

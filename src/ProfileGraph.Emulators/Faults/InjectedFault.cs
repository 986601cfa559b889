namespace ProfileGraph.Emulators.Faults;

public enum InjectedFault
{
    None,
    ServerError,
    TooManyRequests,
    Timeout,
    ConnectionReset,
    WebSocketClose,
    MalformedResponse,
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Nandbox;

/// <summary>
/// Frames the emulated nandbox server sends. <c>reference</c> is echoed as the client sent it,
/// string or number, and left out when the request had none.
/// </summary>
internal sealed record NandboxTokenAuthOk(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("ID")] string Id,
    [property: JsonPropertyName("reference")] long Reference,
    [property: JsonPropertyName("date")] long Date);

internal sealed record NandboxUserDetails(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("app_id")] string AppId,
    [property: JsonPropertyName("user")] NandboxUser User,
    [property: JsonPropertyName("reference")] JsonElement? Reference);

internal sealed record NandboxMyProfile(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("user")] NandboxUser User,
    [property: JsonPropertyName("reference")] JsonElement? Reference);

/// <summary>The undocumented-catalogue error frame: no <c>method</c>, just <c>error</c>.</summary>
internal sealed record NandboxError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("reference")] JsonElement? Reference);

/// <summary>The malformed-response fault: a <c>userDetails</c> answer whose <c>user</c> is no object.</summary>
internal sealed record NandboxMalformedUserDetails(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("reference")] JsonElement? Reference);

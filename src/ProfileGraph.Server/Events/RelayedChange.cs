using System.Text.Json.Serialization;

namespace ProfileGraph.Server.Events;

/// <summary>A profile change as it travels between replicas, with the replica that published it.</summary>
internal sealed record RelayedChange(string Replica, string Provider, string Id, DateTimeOffset At, string Source);

/// <summary>Source-generated, so a relayed change costs no reflection.</summary>
[JsonSerializable(typeof(RelayedChange))]
internal sealed partial class RelayedChangeJson : JsonSerializerContext;

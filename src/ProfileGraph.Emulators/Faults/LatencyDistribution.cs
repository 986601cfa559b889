using System.Text.Json.Serialization;

namespace ProfileGraph.Emulators.Faults;

[JsonConverter(typeof(JsonStringEnumConverter<LatencyDistribution>))]
public enum LatencyDistribution
{
    [JsonStringEnumMemberName("none")]
    None,

    [JsonStringEnumMemberName("fixed")]
    Fixed,

    [JsonStringEnumMemberName("uniform")]
    Uniform,

    /// <summary>Log-normal: most answers near the median, a few far out at the p99.</summary>
    [JsonStringEnumMemberName("longTail")]
    LongTail,
}

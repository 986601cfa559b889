namespace ProfileGraph.Emulators.Slack;

/// <summary>Ids of the emulated workspace's custom profile fields.</summary>
public static class SlackFields
{
    public const string Department = "Xf01PG0DEPT";
    public const string Office = "Xf01PG0OFFC";
    public const string Manager = "Xf01PG0MNGR";
    public const string GitHub = "Xf01PG0GTHB";
}

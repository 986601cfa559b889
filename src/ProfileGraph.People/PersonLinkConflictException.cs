namespace ProfileGraph.People;

/// <summary>Accounts to be linked already belong to different people: one must be unlinked first.</summary>
public sealed class PersonLinkConflictException : Exception
{
    public PersonLinkConflictException(IReadOnlyDictionary<AccountKey, string> people)
        : base($"These accounts belong to different people ({string.Join(", ", people.Select(pair => $"{pair.Key} to {pair.Value}"))}): unlink one of them first.")
    {
        People = people;
    }

    public PersonLinkConflictException()
        : this(new Dictionary<AccountKey, string>())
    {
    }

    public PersonLinkConflictException(string message)
        : base(message)
    {
        People = new Dictionary<AccountKey, string>();
    }

    public PersonLinkConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        People = new Dictionary<AccountKey, string>();
    }

    /// <summary>The accounts that are linked already, with their person's id.</summary>
    public IReadOnlyDictionary<AccountKey, string> People { get; }
}

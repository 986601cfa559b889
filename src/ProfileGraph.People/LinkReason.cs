namespace ProfileGraph.People;

/// <summary>Why an account belongs to a person.</summary>
public enum LinkReason
{
    /// <summary>A client with write access linked it (<c>linkAccounts</c>).</summary>
    Manual,

    /// <summary>It has the same phone number (E.164) as another account of the person.</summary>
    SamePhone,

    /// <summary>It has the same verified e-mail address as another account of the person.</summary>
    SameEmail,
}

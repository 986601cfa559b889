using ProfileGraph.GraphQL.Execution;
using ProfileGraph.People;
using ProfileGraph.People.Evidence;
using ProfileGraph.Providers;
using ProfileGraph.Server.Graph.Users;

namespace ProfileGraph.Server.Graph.People;

/// <summary>
/// What a fetched user's profile tells the person store: the name (for suggestions), the phone number (a WhatsApp chat
/// id is one) and the e-mail address, verified only where the provider verifies it: Slack confirms each member's
/// address; a WhatsApp business profile's is whatever the business typed.
/// </summary>
public static class AccountEvidence
{
    /// <summary>The user's evidence; null when its profile was not fetched (its provider failed).</summary>
    public static AccountObservation? Of(ProfileUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        IUserFacts facts;
        try
        {
            facts = user.Facts;
        }
        catch (GraphQLException)
        {
            return null;
        }

        var name = Read(() => facts.FirstName is { Length: > 0 } first && facts.LastName is { Length: > 0 } last ? $"{first} {last}" : facts.DisplayName);
        var phone = user.Provider == Provider.WhatsApp ? PhoneNumbers.OfWhatsAppChat(user.ProviderId) : Read(() => facts.Phone);
        var email = Read(() => facts.Email);
        return new AccountObservation(new AccountKey(user.Provider, user.ProviderId), name, phone, email, EmailVerified: user.Provider == Provider.Slack);
    }

    // One part of a profile may have failed while another was served: what failed is simply not evidence.
    private static string? Read(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (GraphQLException)
        {
            return null;
        }
    }
}

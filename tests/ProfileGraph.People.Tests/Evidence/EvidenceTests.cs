using ProfileGraph.People.Evidence;

namespace ProfileGraph.People.Tests.Evidence;

public sealed class EvidenceTests
{
    [Theory]
    [InlineData("+7222573809", "+7222573809")]
    [InlineData("+7 (222) 573-809", "+7222573809")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    [InlineData("+44.20.7946.0958", "+442079460958")]
    [InlineData("(555) 123-4567", null)]
    [InlineData("5551234567", null)]
    [InlineData("+1234567", null)]
    [InlineData("+1234567890123456", null)]
    [InlineData("+0123456789", null)]
    [InlineData("+44 20 7946 0958 ext. 12", null)]
    [InlineData("++4420794609", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Phone_numbers_are_evidence_only_in_international_form(string? text, string? e164) =>
        Assert.Equal(e164, PhoneNumbers.ToE164(text));

    [Theory]
    [InlineData("7222573809@c.us", "+7222573809")]
    [InlineData("120363043968066561@g.us", null)]
    [InlineData("7222573809", null)]
    public void A_whatsapp_chat_id_is_a_phone_number(string chatId, string? e164) =>
        Assert.Equal(e164, PhoneNumbers.OfWhatsAppChat(chatId));

    [Theory]
    [InlineData(" Ada@Example.COM ", "ada@example.com")]
    [InlineData("ada@@example.com", null)]
    [InlineData("@example.com", null)]
    [InlineData("ada@", null)]
    [InlineData("ada lovelace@example.com", null)]
    public void Email_addresses_compare_without_case(string text, string? normalized) =>
        Assert.Equal(normalized, EmailAddresses.Normalize(text));

    [Fact]
    public void The_store_keeps_hashes_that_match_equal_values_only()
    {
        Assert.Equal(EvidenceHash.OfPhone("+7 222 573 809"), EvidenceHash.OfPhone("+7222573809"));
        Assert.NotEqual(EvidenceHash.OfPhone("+7222573809"), EvidenceHash.OfPhone("+7222573808"));
        Assert.DoesNotContain("7222573809", EvidenceHash.OfPhone("+7222573809"), StringComparison.Ordinal);
        Assert.Equal(EvidenceHash.OfEmail("ADA@example.com"), EvidenceHash.OfEmail("ada@example.com"));
        Assert.Null(EvidenceHash.OfPhone("(555) 123-4567"));
    }

    [Theory]
    [InlineData("José  O'Neil", "jose oneil", "oneil")]
    [InlineData("  Zoë-Anne Brontë ", "zoe anne bronte", "bronte")]
    [InlineData("Ada", "ada", null)]
    [InlineData("!!!", null, null)]
    public void Names_are_compared_without_accents_case_or_punctuation(string name, string? key, string? family)
    {
        Assert.Equal(key, PersonNames.Key(name));
        Assert.Equal(family, PersonNames.FamilyKey(PersonNames.Key(name)));
    }

    [Fact]
    public void Similar_names_score_high_and_different_ones_low()
    {
        Assert.Equal(1, PersonNames.Similarity("ada lovelace", "ada lovelace"));
        Assert.InRange(PersonNames.Similarity("ada lovelace", "ada lovelance"), 0.95, 1);
        Assert.InRange(PersonNames.Similarity("martha", "marhta"), 0.96, 0.962);
        Assert.InRange(PersonNames.Similarity("ada lovelace", "grace hopper"), 0, 0.6);
        Assert.Equal(0, PersonNames.Similarity("abc", "xyz"));
    }
}

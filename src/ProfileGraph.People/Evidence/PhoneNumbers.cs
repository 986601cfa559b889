namespace ProfileGraph.People.Evidence;

/// <summary>
/// Phone numbers in E.164 (<c>+</c>, country code, subscriber number: 8 to 15 digits). Only international forms are
/// evidence: a national number (<c>(555) 123-4567</c>) names no country, so two of them may be different lines.
/// </summary>
public static class PhoneNumbers
{
    /// <summary>
    /// <paramref name="text"/> as E.164, or null: separators (spaces, dots, dashes, brackets) are dropped and a leading
    /// <c>00</c> is read as <c>+</c>; anything else that is not a digit makes it no number.
    /// </summary>
    public static string? ToE164(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new System.Text.StringBuilder(16);
        var international = false;
        foreach (var c in text.Trim())
        {
            switch (c)
            {
                case '+' when digits.Length == 0 && !international:
                    international = true;
                    break;
                case >= '0' and <= '9':
                    digits.Append(c);
                    break;
                case ' ' or '.' or '-' or '(' or ')' or '/' or '\u00a0':
                    break;
                default:
                    return null;
            }
        }

        if (!international && digits.Length > 2 && digits[0] == '0' && digits[1] == '0')
        {
            digits.Remove(0, 2);
            international = true;
        }

        return international && digits.Length is >= 8 and <= 15 && digits[0] != '0' ? "+" + digits : null;
    }

    /// <summary>The phone number of a WhatsApp chat id (<c>79001234567@c.us</c>); null for groups and anything else.</summary>
    public static string? OfWhatsAppChat(string? chatId) =>
        chatId is not null && chatId.EndsWith("@c.us", StringComparison.Ordinal) ? ToE164("+" + chatId[..^5]) : null;
}

using System.Text;

namespace ProfileGraph.Emulators.Data;

/// <summary>First and last names from many countries, and their ASCII forms for handles and e-mails.</summary>
internal static class NamePool
{
    public static readonly string[] FirstNames =
    [
        "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Isabella", "Lucas",
        "Mia", "Mateo", "Charlotte", "Levi", "Harper", "Ethan", "Aria", "James", "Chloé", "Benjamin",
        "José", "María", "Lucía", "Hugo", "Zoë", "Søren", "Ingrid", "Łukasz", "Agnieszka", "Ayşe",
        "Mehmet", "Björn", "Astrid", "François", "Amélie", "Jürgen", "Lena", "Giulia", "Marco", "Sofía",
        "Aarav", "Priya", "Arjun", "Ananya", "Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon",
        "Kwame", "Amara", "Chidi", "Zainab", "Omar", "Fatima", "Youssef", "Leila", "Dmitri", "Anastasia",
        "Ivan", "Olga", "Tomás", "Inês", "João", "Beatriz", "Nikos", "Eleni", "Kai", "Nora",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernández", "López", "González", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Pérez", "Thompson", "White", "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson",
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Lefèvre", "Rossi", "Russo", "Ferrari",
        "Kowalski", "Nowak", "Wiśniewski", "Jensen", "Nielsen", "Andersson", "Johansson", "Yılmaz", "Kaya", "Öztürk",
        "Patel", "Sharma", "Singh", "Kumar", "Wang", "Li", "Zhang", "Chen", "Tanaka", "Suzuki",
        "Kim", "Park", "Okafor", "Mensah", "Haddad", "Nasser", "Ivanov", "Petrova", "Silva", "Santos",
        "Papadopoulos", "O'Brien", "MacLeod", "van Dijk", "de Jong", "Novák", "Horváth", "Popescu", "Costa", "Nakamura",
    ];

    private static readonly Dictionary<char, string> AsciiFolds = new()
    {
        ['á'] = "a", ['à'] = "a", ['ã'] = "a", ['ä'] = "a", ['é'] = "e", ['è'] = "e", ['ë'] = "e", ['í'] = "i",
        ['ı'] = "i", ['ó'] = "o", ['ö'] = "o", ['ø'] = "o", ['ú'] = "u", ['ü'] = "u", ['ç'] = "c", ['ş'] = "s",
        ['ś'] = "s", ['ł'] = "l", ['Ł'] = "L", ['ñ'] = "n", ['Ö'] = "O", ['Ø'] = "O", ['É'] = "E", ['Á'] = "A",
    };

    /// <summary>The name with its diacritics folded away, as Slack's <c>*_normalized</c> fields hold it.</summary>
    public static string ToAscii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            builder.Append(AsciiFolds.TryGetValue(character, out var folded) ? folded : character.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Lower-case letters and digits only, for handles and e-mail local parts.</summary>
    public static string ToHandlePart(string name) =>
        new(ToAscii(name).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}

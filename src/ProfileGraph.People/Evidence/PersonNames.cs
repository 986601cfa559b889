using System.Text;

namespace ProfileGraph.People.Evidence;

/// <summary>
/// Names as suggestions compare them: without accents, case or punctuation (<c>José  O'Neil</c> → <c>jose oneil</c>),
/// by Jaro-Winkler similarity. Names are never evidence for a link: two people can share one.
/// </summary>
public static class PersonNames
{
    // The service runs with invariant globalization, where string.Normalize cannot decompose accented letters:
    // Latin letters with diacritics fold by this table (Latin-1 Supplement and Latin Extended-A).
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Folded = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    /// <summary>The normalized name; null when nothing of it is left.</summary>
    public static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var upper in name)
        {
            var c = char.ToLowerInvariant(upper);
            if (c is 'ß' or 'æ' or 'œ')
            {
                builder.Append(c switch { 'ß' => "ss", 'æ' => "ae", _ => "oe" });
            }
            else if (Accented.IndexOf(c, StringComparison.Ordinal) is >= 0 and var at)
            {
                builder.Append(Folded[at]);
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is not ('\'' or '\u2019') && builder.Length > 0 && builder[^1] != ' ')
            {
                // Apostrophes join (O'Neil); anything else separates words.
                builder.Append(' ');
            }
        }

        var key = builder.ToString().Trim();
        return key.Length == 0 ? null : key;
    }

    /// <summary>The family name of a normalized name of two words or more (its last word); null for a single word.</summary>
    public static string? FamilyKey(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var space = key.LastIndexOf(' ');
        return space > 0 ? key[(space + 1)..] : null;
    }

    /// <summary>Jaro-Winkler similarity of two normalized names: 1 for the same, 0 for nothing in common.</summary>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j < Math.Min(b.Length, i + window + 1); j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[j])
            {
                j++;
            }

            if (a[i] != b[j])
            {
                transpositions++;
            }

            j++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}

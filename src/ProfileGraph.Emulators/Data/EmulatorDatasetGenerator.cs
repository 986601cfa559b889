using System.Globalization;
using ProfileGraph.Emulators.Nandbox;
using ProfileGraph.Emulators.Slack;
using ProfileGraph.Emulators.Telegram;
using ProfileGraph.Emulators.WhatsApp;

namespace ProfileGraph.Emulators.Data;

/// <summary>
/// Builds an <see cref="EmulatorDataset"/> from one seeded random sequence. People are drawn first and
/// some are placed on several providers under the same name, e-mail and phone (the linked groups);
/// each provider's list is then shuffled so linked people are spread through it.
/// </summary>
internal sealed class EmulatorDatasetGenerator(int seed)
{
    private const string SlackTeamId = "T012AB3C4";
    private const int OnAllFour = 300;
    private const int OnTelegramSlackNandbox = 250;
    private const int OnSlackWhatsApp = 100;
    private const int OnTelegramWhatsApp = 50;
    private const int SlackBots = 40;
    private const int NandboxBots = 10;
    private const int WhatsAppBusinessesOnly = 50;
    private const long EpochSeconds = 1_700_000_000;

    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string HexDigits = "0123456789abcdef";

    private static readonly string[] Domains = ["northwind.example", "contoso.example", "fabrikam.example", "mail.example", "inbox.example"];
    private static readonly string[] CountryCodes = ["1", "44", "49", "33", "34", "351", "39", "48", "90", "91", "81", "55", "7", "971"];
    private static readonly string[] Titles = ["Software Engineer", "Senior Software Engineer", "Product Manager", "Designer", "Data Scientist", "Engineering Manager", "Support Specialist", "Account Executive", "Recruiter", "Site Reliability Engineer", "QA Engineer", "Technical Writer", ""];
    private static readonly string[] Departments = ["Engineering", "Product", "Design", "Sales", "Support", "People", "Finance", "Marketing"];
    private static readonly string[] Offices = ["Lisbon", "Berlin", "New York", "London", "Remote", "Tokyo", "São Paulo", "Bengaluru"];
    private static readonly string[] Pronouns = ["she/her", "he/him", "they/them"];
    private static readonly (string Text, string Emoji)[] Statuses = [("In a meeting", ":spiral_calendar_pad:"), ("Commuting", ":bus:"), ("Out sick", ":face_with_thermometer:"), ("Vacationing", ":palm_tree:"), ("Working remotely", ":house_with_garden:"), ("Print is dead", ":books:")];
    private static readonly (string Tz, string Label, int Offset)[] TimeZones = [("America/Los_Angeles", "Pacific Standard Time", -28800), ("America/New_York", "Eastern Standard Time", -18000), ("Europe/London", "Greenwich Mean Time", 0), ("Europe/Lisbon", "Western European Time", 0), ("Europe/Berlin", "Central European Time", 3600), ("Asia/Kolkata", "India Standard Time", 19800), ("Asia/Tokyo", "Japan Standard Time", 32400), ("America/Sao_Paulo", "Brasilia Standard Time", -10800)];
    private static readonly string[] Colors = ["9f69e7", "4bbe2e", "e7392d", "3c989f", "674b1b", "e96699", "e0a729", "684b6c", "5b89d5", "53b759"];
    private static readonly string[] BotNames = ["Deploy", "Standup", "Polly", "Calendar", "Incident", "Lunch", "Welcome", "Release", "Oncall", "Survey"];
    private static readonly string[] BusinessCategories = ["Automotive Dealership", "Bakery", "Bicycle Shop", "Photographer", "Hair Salon", "Florist", "Dentist", "Bookstore", "Coffee Shop", "Tailor"];
    private static readonly string[] BusinessPlaces = ["Harbour", "Old Town", "Riverside", "Central", "Hilltop", "Market Street", "Sunset", "Greenway"];
    private static readonly string[] ProductNames = ["Replacement", "Technical maintenance", "Gift card", "Consultation", "Express service", "Starter kit", "Premium package", "Repair", "Annual plan", "Workshop"];
    private static readonly string[] NandboxStatuses = ["", "", "", "Available", "Busy", "At work", "Hey there! I am using nandbox."];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedEmails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedPhones = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedSlackHandles = new(StringComparer.Ordinal);

    public EmulatorDataset Generate()
    {
        var all = LinkedGroup(OnAllFour);
        var telegramSlackNandbox = LinkedGroup(OnTelegramSlackNandbox);
        var slackWhatsApp = LinkedGroup(OnSlackWhatsApp);
        var telegramWhatsApp = LinkedGroup(OnTelegramWhatsApp);

        var telegram = Shuffle([.. all, .. telegramSlackNandbox, .. telegramWhatsApp, .. People(EmulatorDataset.TelegramUserCount - OnAllFour - OnTelegramSlackNandbox - OnTelegramWhatsApp)])
            .Select(TelegramUserFor).ToList();

        var slackHumans = Shuffle([.. all, .. telegramSlackNandbox, .. slackWhatsApp, .. People(EmulatorDataset.SlackUserCount - SlackBots - OnAllFour - OnTelegramSlackNandbox - OnSlackWhatsApp)]);
        var slack = SlackUsersFor(slackHumans);

        var whatsApp = Shuffle([.. all, .. slackWhatsApp, .. telegramWhatsApp, .. People(WhatsAppContactCountOfBusinessesOnly())])
            .Select(WhatsAppContactFor).ToList();

        var nandbox = Shuffle([.. all, .. telegramSlackNandbox, .. People(EmulatorDataset.NandboxUserCount - NandboxBots - OnAllFour - OnTelegramSlackNandbox), .. Bots(NandboxBots)])
            .Select(NandboxUserFor).ToList();

        var linked = new[] { all, telegramSlackNandbox, slackWhatsApp, telegramWhatsApp }
            .SelectMany(group => group)
            .Select(person => new LinkedPerson(person.FirstName, person.LastName, person.Email, person.Phone, person.TelegramKey, person.SlackUserId, person.WhatsAppChatId, person.NandboxUserId))
            .ToList();

        return new EmulatorDataset(seed, SlackTeamId, SlackFieldLabels(), telegram, slack, whatsApp, nandbox, linked);
    }

    private static int WhatsAppContactCountOfBusinessesOnly() =>
        EmulatorDataset.WhatsAppContactCount - OnAllFour - OnSlackWhatsApp - OnTelegramWhatsApp;

    private static Dictionary<string, string> SlackFieldLabels() => new(StringComparer.Ordinal)
    {
        [SlackFields.Department] = "Department",
        [SlackFields.Office] = "Office",
        [SlackFields.Manager] = "Manager",
        [SlackFields.GitHub] = "GitHub",
    };

    private List<Person> LinkedGroup(int count)
    {
        var people = People(count);
        people.ForEach(person => person.IsLinked = true);
        return people;
    }

    private List<Person> People(int count)
    {
        var people = new List<Person>(count);
        for (var i = 0; i < count; i++)
        {
            var first = Pick(NamePool.FirstNames);
            var last = Pick(NamePool.LastNames);
            var local = $"{NamePool.ToHandlePart(first)}.{NamePool.ToHandlePart(last)}";
            var domain = Pick(Domains);
            var email = $"{local}@{domain}";
            for (var suffix = 2; !_usedEmails.Add(email); suffix++)
            {
                email = $"{local}{suffix}@{domain}";
            }

            people.Add(new Person(first, last, email, UniquePhone()));
        }

        return people;
    }

    private static List<Person> Bots(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Person($"{BotNames[i % BotNames.Length]} Bot", "", "", "") { IsBot = true })];

    private string UniquePhone()
    {
        while (true)
        {
            var phone = "+" + Pick(CountryCodes) + Digits(_random.Next(9, 11));
            if (_usedPhones.Add(phone))
            {
                return phone;
            }
        }
    }

    private TelegramUser TelegramUserFor(Person person)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var key = new Guid(bytes).ToString();
        person.TelegramKey = key;
        var linked = person.IsLinked;
        var lastName = linked || Chance(0.85) ? person.LastName : null;
        var username = Chance(linked ? 0.7 : 0.6)
            ? $"{NamePool.ToHandlePart(person.FirstName)}_{NamePool.ToHandlePart(person.LastName)}{(Chance(0.5) ? _random.Next(1, 999).ToString(CultureInfo.InvariantCulture) : "")}"
            : null;
        return new TelegramUser(key, person.FirstName, lastName, username);
    }

    private List<SlackUser> SlackUsersFor(List<Person> humans)
    {
        var users = new List<SlackUser>(EmulatorDataset.SlackUserCount);
        foreach (var person in humans)
        {
            users.Add(SlackHumanFor(person, users, isPrimaryOwner: users.Count == 0));
        }

        for (var i = 0; i < SlackBots; i++)
        {
            users.Add(SlackBot(i));
        }

        return Shuffle(users);
    }

    private SlackUser SlackHumanFor(Person person, List<SlackUser> colleagues, bool isPrimaryOwner)
    {
        var id = UniqueId("U", 10);
        person.SlackUserId = id;
        var handle = NamePool.ToHandlePart(person.FirstName) + "." + NamePool.ToHandlePart(person.LastName);
        var name = handle;
        for (var suffix = 2; !_usedSlackHandles.Add(name); suffix++)
        {
            name = handle + suffix.ToString(CultureInfo.InvariantCulture);
        }

        var realName = $"{person.FirstName} {person.LastName}";
        var displayName = _random.Next(3) switch { 0 => person.FirstName, 1 => name, _ => "" };
        var status = Chance(0.3) ? Pick(Statuses) : ("", "");
        var zone = Pick(TimeZones);
        var profile = new SlackProfile
        {
            Title = Pick(Titles),
            Phone = person.IsLinked || Chance(0.6) ? person.Phone : "",
            RealName = realName,
            RealNameNormalized = NamePool.ToAscii(realName),
            DisplayName = displayName,
            DisplayNameNormalized = NamePool.ToAscii(displayName),
            FirstName = person.FirstName,
            LastName = person.LastName,
            Pronouns = Chance(0.3) ? Pick(Pronouns) : null,
            Email = person.Email,
            StartDate = Chance(0.5) ? EpochSeconds - _random.Next(0, 300_000_000) : null,
            Fields = CustomFields(name, colleagues),
            StatusText = status.Item1,
            StatusEmoji = status.Item2,
            StatusExpiration = status.Item1.Length > 0 && Chance(0.5) ? EpochSeconds + _random.Next(3600, 864_000) : 0,
            Team = SlackTeamId,
        };
        profile = WithImages(profile, customImage: Chance(0.6));
        var isAdmin = isPrimaryOwner || Chance(0.03);
        return new SlackUser
        {
            Id = id,
            TeamId = SlackTeamId,
            Name = name,
            Deleted = !isPrimaryOwner && Chance(0.05),
            Color = Pick(Colors),
            RealName = realName,
            Tz = zone.Tz,
            TzLabel = zone.Label,
            TzOffset = zone.Offset,
            Profile = profile,
            IsAdmin = isAdmin,
            IsOwner = isPrimaryOwner,
            IsPrimaryOwner = isPrimaryOwner,
            IsRestricted = !isAdmin && Chance(0.02),
            Updated = EpochSeconds + _random.Next(0, 30_000_000),
        };
    }

    private Dictionary<string, SlackProfileField> CustomFields(string handle, List<SlackUser> colleagues)
    {
        var fields = new Dictionary<string, SlackProfileField>(StringComparer.Ordinal);
        if (Chance(0.9))
        {
            fields[SlackFields.Department] = new SlackProfileField(Pick(Departments), "");
        }

        if (Chance(0.7))
        {
            fields[SlackFields.Office] = new SlackProfileField(Pick(Offices), "");
        }

        if (colleagues.Count > 0 && Chance(0.6))
        {
            // A user-typed field holds the manager's id.
            fields[SlackFields.Manager] = new SlackProfileField(colleagues[_random.Next(colleagues.Count)].Id, "");
        }

        if (Chance(0.3))
        {
            var login = handle.Replace('.', '-');
            fields[SlackFields.GitHub] = new SlackProfileField($"https://github.com/{login}", login);
        }

        return fields;
    }

    private SlackUser SlackBot(int index)
    {
        var id = UniqueId("U", 10);
        var realName = $"{BotNames[index % BotNames.Length]} Bot{(index >= BotNames.Length ? " " + (index / BotNames.Length + 1).ToString(CultureInfo.InvariantCulture) : "")}";
        var name = NamePool.ToHandlePart(realName);
        _usedSlackHandles.Add(name);
        var profile = WithImages(
            new SlackProfile
            {
                RealName = realName,
                RealNameNormalized = realName,
                Team = SlackTeamId,
                BotId = UniqueId("B", 10),
                AlwaysActive = Chance(0.5),
            },
            customImage: true);
        return new SlackUser
        {
            Id = id,
            TeamId = SlackTeamId,
            Name = name,
            Deleted = Chance(0.1),
            Color = Pick(Colors),
            RealName = realName,
            Tz = "America/Los_Angeles",
            TzLabel = "Pacific Standard Time",
            TzOffset = -28800,
            Profile = profile,
            IsBot = true,
            Updated = EpochSeconds + _random.Next(0, 30_000_000),
        };
    }

    private SlackProfile WithImages(SlackProfile profile, bool customImage)
    {
        if (!customImage)
        {
            var gravatar = Hex(32);
            string Gravatar(int size) => $"https://secure.gravatar.com/avatar/{gravatar}.jpg?s={size}&d=https%3A%2F%2Fa.slack-edge.com%2Fdf10d%2Fimg%2Favatars%2Fava_0010-{size}.png";
            return profile with
            {
                AvatarHash = "g" + Hex(11),
                Image24 = Gravatar(24),
                Image32 = Gravatar(32),
                Image48 = Gravatar(48),
                Image72 = Gravatar(72),
                Image192 = Gravatar(192),
                Image512 = Gravatar(512),
            };
        }

        var hash = Hex(12);
        var prefix = $"https://avatars.slack-edge.com/2023-0{_random.Next(1, 10)}-1{_random.Next(0, 10)}/{Digits(13)}_{Hex(20)}";
        return profile with
        {
            AvatarHash = hash,
            IsCustomImage = true,
            Image24 = $"{prefix}_24.jpg",
            Image32 = $"{prefix}_32.jpg",
            Image48 = $"{prefix}_48.jpg",
            Image72 = $"{prefix}_72.jpg",
            Image192 = $"{prefix}_192.jpg",
            Image512 = $"{prefix}_512.jpg",
            ImageOriginal = $"{prefix}_original.jpg",
        };
    }

    private WhatsAppContact WhatsAppContactFor(Person person)
    {
        var chatId = person.Phone[1..] + "@c.us";
        person.WhatsAppChatId = chatId;
        var fullName = $"{person.FirstName} {person.LastName}";
        var businessOnly = !person.IsLinked;
        var isBusiness = businessOnly || Chance(0.2);
        var muted = Chance(0.1);
        var disappearing = Chance(0.05);
        var contact = new WhatsAppContact
        {
            ChatId = chatId,
            Avatar = Chance(0.75) ? WhatsAppAvatarUrl() : "",
            Name = businessOnly ? $"{Pick(BusinessPlaces)} {Pick(BusinessCategories)}" : Chance(0.1) ? "" : Chance(0.3) ? person.FirstName : fullName,
            ContactName = businessOnly || Chance(0.6) ? fullName : "",
            LastSeen = Chance(0.2) ? (EpochSeconds + _random.Next(0, 30_000_000)).ToString(CultureInfo.InvariantCulture) : null,
            IsArchive = Chance(0.05),
            IsDisappearing = disappearing,
            IsMute = muted,
            MessageExpiration = disappearing ? 604_800 : 0,
            MuteExpiration = muted ? EpochSeconds + _random.Next(0, 30_000_000) : null,
        };
        if (!isBusiness)
        {
            return contact;
        }

        var category = Pick(BusinessCategories);
        return contact with
        {
            IsBusiness = true,
            Email = person.Email,
            Category = category,
            Description = $"{category} since {_random.Next(1990, 2024)}",
            Products = [.. Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Product())],
        };
    }

    private WhatsAppProduct Product()
    {
        var image = $"https://mmg.whatsapp.net/v/t45.5328-4/{Digits(9)}_{Digits(16)}_{Digits(19)}_n.jpg";
        var query = $"ccb=1-7&_nc_sid=c48759&_nc_ohc={Hex(11)}&_nc_ad=z-m&_nc_cid=0&_nc_ht=mmg.whatsapp.net&oh=01_{Hex(40)}";
        var name = Pick(ProductNames);
        return new WhatsAppProduct
        {
            Id = Digits(_random.Next(11, 17)),
            ImageUrls = new WhatsAppProductImageUrls($"{image}?stp=dst-jpg_p100x100&{query}", $"{image}?{query}"),
            Availability = Chance(0.9) ? "in stock" : "out of stock",
            Name = name,
            Description = Chance(0.6) ? $"{name}, from {_random.Next(5, 500) * 10} RUB" : null,
            Price = Chance(0.4) ? (_random.Next(100, 100_000) / 100.0).ToString("0.00", CultureInfo.InvariantCulture) : null,
            IsHidden = Chance(0.05),
        };
    }

    private string WhatsAppAvatarUrl() =>
        $"https://pps.whatsapp.net/v/t61.24694-24/{Digits(8)}_{Digits(16)}_{Digits(19)}_n.jpg?ccb=11-4&oh=01_{Hex(38)}&oe={Hex(8).ToUpperInvariant()}";

    private NandboxUser NandboxUserFor(Person person)
    {
        var id = UniqueNumericId();
        person.NandboxUserId = id;
        var version = Token(4);
        var user = new NandboxUser
        {
            Id = id,
            Name = person.IsBot ? person.FirstName : $"{person.FirstName} {person.LastName}",
            Version = version,
            IsBot = person.IsBot,
            Status = Pick(NandboxStatuses),

            // Derived, not drawn: the seeded dataset's other values stay as they were.
            ShortName = person.IsBot ? null : $"{person.FirstName}_{person.LastName}".ToLowerInvariant(),
        };
        if (!Chance(0.85))
        {
            return user;
        }

        var jpeg = AvatarThumbnails.Get(_random.Next(AvatarThumbnails.Count));
        var side = Pick([256, 512, 640]);
        var photoId = $"V_{version}_{id}_0_{Token(10)}.jpg";
        return user with
        {
            Image = Convert.ToBase64String(jpeg),
            Photo = new NandboxPhoto(photoId, side, side, _random.Next(20_000, 120_000), new NandboxThumbnail($"{photoId}.thumb.jpg", AvatarThumbnails.Size, AvatarThumbnails.Size)),
        };
    }

    private string UniqueNumericId()
    {
        while (true)
        {
            var id = "9008" + Digits(13);
            if (_usedIds.Add(id))
            {
                return id;
            }
        }
    }

    private string UniqueId(string prefix, int length)
    {
        while (true)
        {
            var id = prefix + new string([.. Enumerable.Range(0, length).Select(_ => Alphanumeric[_random.Next(Alphanumeric.Length)])]);
            if (_usedIds.Add(id))
            {
                return id;
            }
        }
    }

    private string Token(int length)
    {
        const string characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return new string([.. Enumerable.Range(0, length).Select(_ => characters[_random.Next(characters.Length)])]);
    }

    private string Digits(int length) =>
        new([.. Enumerable.Range(0, length).Select(i => (char)('0' + (i == 0 ? _random.Next(1, 10) : _random.Next(10))))]);

    private string Hex(int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => HexDigits[_random.Next(16)])]);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private List<T> Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    /// <summary>A person being generated; the provider ids are filled in as their accounts are made.</summary>
    private sealed class Person(string firstName, string lastName, string email, string phone)
    {
        public string FirstName { get; } = firstName;

        public string LastName { get; } = lastName;

        public string Email { get; } = email;

        public string Phone { get; } = phone;

        public bool IsBot { get; init; }

        public string? TelegramKey { get; set; }

        public string? SlackUserId { get; set; }

        public string? WhatsAppChatId { get; set; }

        public string? NandboxUserId { get; set; }

        /// <summary>On several providers: always given the fields that link them (last name, phone).</summary>
        public bool IsLinked { get; set; }
    }
}

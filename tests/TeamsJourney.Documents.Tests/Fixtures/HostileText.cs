using TeamsJourney.Documents.ReadModel;

namespace TeamsJourney.Documents.Tests.Fixtures;

/// <summary>Text a careless or malicious participant might type, and a report made of it.</summary>
internal static class HostileText
{
    public const string Markup = "<script>alert('x')</script> & \"quotes\" 'apostrophes' </w:t></a:t>";
    public const string ControlCharacters = "bell\u0007 null\u0000 escape\u001B form\u000C vertical\u000B end";
    public const string LoneSurrogates = "high \uD83D alone, low \uDE00 alone";
    public const string NonCharacters = "nonchar \uFFFE and \uFFFF";
    public const string RightToLeft = "שלום עולם, הפח לא נאסף";
    public const string Arabic = "مرحبا، لم يتم جمع الحاوية";
    public const string Emoji = "🗑️ 🚛 👩🏽‍💻 🇬🇧 ❤️‍🔥";

    /// <summary>A 10,000-character answer made of words, so renderers can wrap it.</summary>
    public static readonly string LongAnswer = Repeat("The crew did not come back and nobody told me why. ", 10_000);

    /// <summary>A 3,000-character answer with no space to wrap at.</summary>
    public static readonly string UnbrokenAnswer = Repeat("x", 3_000);

    public static string Mixed => $"{Markup} {ControlCharacters} {LoneSurrogates} {NonCharacters} {RightToLeft} {Arabic} {Emoji}";

    public static WorkshopReport Report()
    {
        var texts = new[] { Mixed, LongAnswer, RightToLeft, Emoji, Markup, UnbrokenAnswer, ControlCharacters, Arabic };
        var baseline = ReportBuilder.AReport()
            .WithTitle($"Bins {Markup} {Emoji} {RightToLeft}\u0001")
            .WithGroups(2)
            .WithStages(5)
            .WithItemsPerStage(4)
            .WithItemText(n => texts[n % texts.Length])
            .WithFacilitatorNotes($"{LongAnswer}\n{Mixed}")
            .Build();
        var persona = new Persona($"Persona {Emoji} {RightToLeft}", [LongAnswer, Mixed], [Markup], [ControlCharacters, UnbrokenAnswer], LongAnswer);
        var groups = baseline.Groups
            .Select(g => g with
            {
                Name = $"{g.Name} {Markup}",
                Stages = [.. g.Stages.Select(s => s with { Name = $"{s.Name} {Emoji}\u0002" })],
                Items = [.. g.Items.Select(i => i with { Stage = $"{i.Stage} {Emoji}\u0002", Evidence = i.Evidence is null ? null : i.Evidence with { Source = i.Evidence.Source is null ? null : $"{Markup} {LoneSurrogates}" } })],
                Initiatives = [.. g.Initiatives.Select(i => i with { Title = $"{i.Title} {Markup}", Description = LongAnswer })],
            })
            .ToList();
        return baseline with
        {
            Objectives = [Mixed, LongAnswer],
            Stakeholders = [Markup, RightToLeft, Emoji],
            Personas = [persona],
            Groups = groups,
        };
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}

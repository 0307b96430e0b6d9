using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    /// <summary>Text residents and staff write: emoji (with joiners and skin tones), right-to-left scripts, accents, CJK, JSON escapes.</summary>
    public static TheoryData<string> UnicodeTexts => new()
    {
        "Bin not collected 🗑️😡👩🏽‍🦰 again",
        "لم يتم جمع صندوق القمامة",
        "הפח לא נאסף",
        "Ça n'a pas été ramassé — déçu",
        "ゴミが回収されていません",
        "e\u0301 combining, \u200f RLM, \u00a0 nbsp",
        """{"quote":"\"escaped\"","slash":"\\","newline":"\n","tab":"\t"}""",
    };

    [Theory]
    [MemberData(nameof(UnicodeTexts))]
    public async Task Unicode_event_data_type_and_actor_round_trip_unchanged(string text)
    {
        var workshop = await GivenAWorkshopAsync();
        var appended = AnEvent().OfType("Note·" + text[..Math.Min(6, text.Length)]).WithData(text).By("29:" + text[..2]).Build();
        await GivenAppendedAsync(workshop.WorkshopId, "group-1", 0, [appended]);

        var stored = Assert.Single(await Store.ReadWorkshopAsync(workshop.WorkshopId));

        Assert.Equal((appended.Type, appended.Data, appended.ActorId), (stored.Type, stored.Data, stored.ActorId));
    }

    [Theory]
    [MemberData(nameof(UnicodeTexts))]
    public async Task Unicode_workshop_title_round_trips_unchanged(string title)
    {
        var header = await GivenAWorkshopAsync(AWorkshop().Titled(title));

        Assert.Equal(title, (await Store.GetWorkshopAsync(header.WorkshopId))?.Title);
    }

    [Fact]
    public async Task Unicode_workshop_and_stream_ids_round_trip_unchanged()
    {
        var workshop = await GivenAWorkshopAsync(AWorkshop().WithId("ورشة-عمل-🗑️"));
        await GivenAppendedAsync(workshop.WorkshopId, "קבוצה-1", 0, Events(1));

        Assert.Equal(["קבוצה-1"], await Store.ListStreamsAsync("ورشة-عمل-🗑️"));
    }
}

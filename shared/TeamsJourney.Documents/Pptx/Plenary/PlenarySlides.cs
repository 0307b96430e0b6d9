using TeamsJourney.Documents.Preparation;

namespace TeamsJourney.Documents.Pptx.Plenary;

/// <summary>
/// The workshop-level story the deck opens with: the consolidated journey map and blueprint, emotion across groups,
/// the top pain points with their provenance, evidence strength by stage, the initiative matrix and the action plan,
/// then what changed since the latest frozen version. A part with nothing behind it gets no slide.
/// </summary>
internal static class PlenarySlides
{
    public const string Section = "Whole workshop";

    public static void Add(DeckBuilder deck, PreparedPlenary plenary)
    {
        if (plenary.ShowsMap || plenary.ShowsEmotion || plenary.ShowsInitiatives)
        {
            deck.StartSection(Section);
            if (plenary.ShowsMap)
            {
                ConsolidatedMapSlides.Add(deck, plenary);
            }

            if (plenary.ShowsEmotion)
            {
                EmotionAcrossGroupsSlide.Add(deck, plenary);
            }

            if (plenary.ShowsMap)
            {
                PainPointsAcrossGroupsSlides.Add(deck, plenary);
                EvidenceByStageSlides.Add(deck, plenary);
            }

            if (plenary.ShowsInitiatives)
            {
                WorkshopInitiativeSlides.Add(deck, plenary);
            }
        }

        if (plenary.Changes is { } changes)
        {
            deck.StartSection("What changed");
            ChangesSlides.Add(deck, changes);
        }
    }
}

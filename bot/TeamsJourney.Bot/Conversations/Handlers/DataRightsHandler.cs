using TeamsJourney.Documents.Publishing;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Workshops.DataRights;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// "export workshop" and "delete workshop" typed by a facilitator: the export is published beside the documents
/// and linked; a deletion first shows a card that must be confirmed by typing the workshop's title.
/// </summary>
internal sealed class DataRightsHandler(ChannelWorkshops channels, GenerateDocuments documents, ExportWorkshop export, DeleteWorkshop delete, PublicUrls publicUrls, DocumentLinkSigner? links = null)
{
    public async Task<AdaptiveCard> ExportAsync(Activity activity, CancellationToken cancellationToken)
    {
        var workshopId = await channels.MeantByAsync(activity, cancellationToken);
        var (outcome, published, items) = await export.PublishAsync(workshopId, TurnIdentity.Participant(activity), cancellationToken);
        if (outcome != DataRightsOutcome.Done)
        {
            return Refusal(outcome);
        }

        var (_, title) = await documents.CheckAsync(workshopId, TurnIdentity.UserId(activity), cancellationToken);
        // Signed for the facilitator who asked, like the documents' own links (a local folder link needs it).
        var signed = links is not null && published!.Url.StartsWith(LocalFolderPublisher.UrlPrefix + "/", StringComparison.Ordinal)
            ? links.Sign(published.Url, TurnIdentity.UserId(activity))
            : published!.Url;
        var url = Uri.TryCreate(signed, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
            ? absolute
            : new Uri(publicUrls.BaseUrl(), signed);
        return DataRightsCards.ExportReady(title ?? workshopId, url, items);
    }

    /// <summary>The confirmation card, for a facilitator of the conversation's workshop.</summary>
    public async Task<AdaptiveCard> AskToDeleteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var workshopId = await channels.MeantByAsync(activity, cancellationToken);
        var (permission, title) = await documents.CheckAsync(workshopId, TurnIdentity.UserId(activity), cancellationToken);
        return permission switch
        {
            DocumentsPermission.Allowed => DataRightsCards.ConfirmDeletion(workshopId, title!),
            DocumentsPermission.NoWorkshop => Refusal(DataRightsOutcome.NotFound),
            _ => Refusal(DataRightsOutcome.NotFacilitator),
        };
    }

    /// <summary>The confirmation pressed: deletes when the typed title matches.</summary>
    public async Task<AdaptiveCard> DeleteAsync(Activity activity, string? workshopId, string? confirmTitle, CancellationToken cancellationToken)
    {
        // The card names its workshop; a card from another conversation's workshop is refused like a missing one.
        var here = await channels.MeantByAsync(activity, cancellationToken);
        if (workshopId is null || workshopId != here)
        {
            return Refusal(DataRightsOutcome.NotFound);
        }

        var (outcome, deletion) = await delete.DeleteAsync(workshopId, TurnIdentity.Participant(activity), confirmTitle, cancellationToken);
        return outcome switch
        {
            DataRightsOutcome.Done => GuideCards.Notice(
                "Workshop deleted",
                $"\u201C{deletion!.Title}\u201D is deleted: every group's map, {deletion.DocumentFiles} document files and the conversation links. Type \u201Cstart <scenario>\u201D to begin a new one.",
                warning: false),
            DataRightsOutcome.NotConfirmed => (await AskToDeleteAsync(activity, cancellationToken)) is var again && again.Body.Count > 0
                ? Prepend(again, "The title you typed does not match; nothing was deleted.")
                : again,
            _ => Refusal(outcome),
        };
    }

    private static AdaptiveCard Prepend(AdaptiveCard card, string warning) =>
        new() { Body = [new TextBlock { Text = warning, Color = TextColor.Attention, Wrap = true }, .. card.Body], Actions = card.Actions, FallbackText = warning };

    private static AdaptiveCard Refusal(DataRightsOutcome outcome) => outcome switch
    {
        DataRightsOutcome.NotFound => GuideCards.Notice("No workshop here", "There is no workshop in this channel or chat, so there is nothing to export or delete."),
        _ => GuideCards.Notice("Facilitators only", "Only the workshop's facilitators can export or delete it."),
    };
}

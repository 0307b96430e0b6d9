using System.Text.Json.Nodes;
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
internal sealed class DataRightsHandler(ChannelWorkshops channels, GenerateDocuments documents, ExportWorkshop export, DeleteWorkshop delete, PublicUrls publicUrls, DocumentLinkSigner? links = null, LocalFolderPublisher? publisher = null)
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
        // Everyone in the conversation sees this card, and a signed link works for whoever holds it: a local export is
        // offered through "Get my download link" (a facilitator's own view); a SharePoint link needs its own sign-in.
        if (published!.Url.StartsWith(LocalFolderPublisher.UrlPrefix + "/", StringComparison.Ordinal) && links is not null)
        {
            return DataRightsCards.ExportReady(title ?? workshopId, workshopId, published.Url, items);
        }

        var url = Uri.TryCreate(published.Url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
            ? absolute
            : new Uri(publicUrls.BaseUrl(), published.Url);
        return DataRightsCards.ExportReady(title ?? workshopId, url, items);
    }

    /// <summary>
    /// "Get my download link" on an export card: a facilitator of the card's workshop gets a link signed for them in
    /// their own view; anyone else is refused. A read: nothing is stored or sent.
    /// </summary>
    public async Task<AdaptiveCard> ExportLinkAsync(Activity activity, JsonObject data, CancellationToken cancellationToken)
    {
        var workshopId = CardActionCommands.Text(data, CardFields.WorkshopId);
        var (permission, title) = workshopId is null
            ? (DocumentsPermission.NoWorkshop, null)
            : await documents.CheckAsync(workshopId, TurnIdentity.UserId(activity), cancellationToken);
        switch (permission)
        {
            case DocumentsPermission.NoWorkshop:
                return Refusal(DataRightsOutcome.NotFound);
            case DocumentsPermission.NotFacilitator:
                return Refusal(DataRightsOutcome.NotFacilitator);
        }

        // The path comes from the client: only an export zip the publisher holds for this very workshop is signed.
        var path = DocumentsCard.FilesOf(data).FirstOrDefault();
        if (path is null || publisher is null || links is null
            || publisher.FindByUrlPath(path) is not { } found || found.File.WorkshopId != workshopId
            || !found.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return GuideCards.Notice("Export not found", "This export was replaced or removed. Type \u201Cexport workshop\u201D for a fresh one.");
        }

        var signed = new Uri(publicUrls.BaseUrl(), links.Sign(path, TurnIdentity.UserId(activity)));
        return DataRightsCards.ExportLink(title ?? workshopId!, workshopId!, path, signed, links.Lifetime);
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

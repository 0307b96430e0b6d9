using System.Text.Json.Nodes;
using TeamsJourney.Bot.Cards;
using TeamsJourney.Bot.Hosting;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Schema;
using TeamsJourney.Documents.Publishing;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Setup;

namespace TeamsJourney.Bot.Conversations.Handlers;

/// <summary>
/// "Get my links" on the shared documents card: the presser gets download links signed for them alone, in their own
/// view of the card (the invoke response), so the card everyone sees never carries a link that works for someone
/// else. Only files of the workshop of the conversation the press came from are signed: a press in the channel shows
/// the person belongs to the workshop's team.
/// </summary>
internal sealed class DocumentLinksHandler(GenerateDocuments documents, ChannelWorkshops channels, PublicUrls publicUrls, LocalFolderPublisher? publisher = null, DocumentLinkSigner? links = null)
{
    private static readonly string[] DocumentExtensions = [".pptx", ".docx", ".pdf"];

    /// <summary>The presser's own card: their signed links, or why there are none. A read: nothing is stored or sent.</summary>
    public async Task<AdaptiveCard> LinksAsync(Activity activity, JsonObject data, CancellationToken cancellationToken)
    {
        var workshopId = CardActionCommands.Text(data, CardFields.WorkshopId);
        var (permission, title) = workshopId is null
            ? (DocumentsPermission.NoWorkshop, null)
            : await documents.CheckAsync(workshopId, TurnIdentity.UserId(activity), cancellationToken);
        if (workshopId is null || permission == DocumentsPermission.NoWorkshop || title is null)
        {
            return DocumentsCard.NoLinks("Documents", "This workshop no longer exists, so its documents are gone too.");
        }

        if (!await PressedInItsChannelAsync(activity, workshopId, cancellationToken))
        {
            return DocumentsCard.NoLinks(title, "This card belongs to another channel's workshop: open its documents from that workshop's tab.");
        }

        if (publisher is null || links is null)
        {
            return DocumentsCard.NoLinks(title, "The documents are kept in SharePoint here: open them from the workshop's tab or the SharePoint site.");
        }

        var files = DocumentsCard.FilesOf(data);
        var signed = new List<(string Name, Uri Url)>();
        var userId = TurnIdentity.UserId(activity);
        foreach (var path in files)
        {
            if (OwnFile(path, workshopId) is { } name)
            {
                signed.Add((name, new Uri(publicUrls.BaseUrl(), links.Sign(path, userId))));
            }
        }

        return signed.Count == 0
            ? DocumentsCard.NoLinks(title, "These documents were replaced by a newer generation or removed by retention. Open the latest from the workshop's tab, or ask for them again.")
            : DocumentsCard.PersonalLinks(title, workshopId, [.. files.Select(f => (Name: f, Url: f))], signed, links.Lifetime);
    }

    // The channel's own workshop, or one set up in that channel ('new workshop'): either way the presser is in its team.
    private async Task<bool> PressedInItsChannelAsync(Activity activity, string workshopId, CancellationToken cancellationToken)
    {
        if (workshopId == TurnIdentity.WorkshopId(activity))
        {
            return true;
        }

        var place = TurnIdentity.Place(activity);
        return place.ChannelId is { Length: > 0 }
            && await channels.FindAsync(workshopId, cancellationToken) is { } workshop
            && workshop.Location.ChannelId == place.ChannelId
            && workshop.Location.TenantId == place.TenantId;
    }

    // The name of a published document (deck, report, their PDFs) of this workshop at that path, or null: the card's
    // data comes from the client, so a path is only signed when the publisher says the file is there and is this workshop's.
    private string? OwnFile(string path, string workshopId) =>
        publisher!.FindByUrlPath(path) is { } found && found.File.WorkshopId == workshopId
            && DocumentExtensions.Any(e => found.FileName.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            ? found.FileName
            : null;
}

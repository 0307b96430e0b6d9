using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests.Builders;

/// <summary>Builds conversation bindings: <c>AConversation("19:abc@thread.tacv2").InStream("ws", "group-1").Build()</c>.</summary>
internal sealed class ConversationBuilder
{
    private readonly string _conversationId;
    private string _workshopId = "ws-1";
    private string _streamId = "group-1";
    private string _serviceUrl = "https://smba.trafficmanager.net/emea/";
    private string? _cardActivityId;
    private string? _tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private ConversationBuilder(string conversationId) => _conversationId = conversationId;

    public static ConversationBuilder AConversation(string conversationId) => new(conversationId);

    public ConversationBuilder InStream(string workshopId, string streamId)
    {
        _workshopId = workshopId;
        _streamId = streamId;
        return this;
    }

    public ConversationBuilder WithServiceUrl(string serviceUrl)
    {
        _serviceUrl = serviceUrl;
        return this;
    }

    public ConversationBuilder WithCard(string? cardActivityId)
    {
        _cardActivityId = cardActivityId;
        return this;
    }

    public ConversationBuilder InTenant(string? tenantId)
    {
        _tenantId = tenantId;
        return this;
    }

    public ConversationBinding Build() => new(_conversationId, _workshopId, _streamId, _serviceUrl, _cardActivityId, _tenantId);
}

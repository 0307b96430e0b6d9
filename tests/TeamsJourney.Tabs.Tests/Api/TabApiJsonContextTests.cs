using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsJourney.Tabs.Api;
using TeamsJourney.Tabs.Snapshots;
using TeamsJourney.Tabs.Tests.Fixtures;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>
/// Every JSON body the tab's API reads or writes has generated metadata (<see cref="TabApiJsonContext"/>), so the host
/// builds none by reflection while it starts; the JSON itself is what the API tests check.
/// </summary>
public sealed class TabApiJsonContextTests : TabTestBase
{
    [Fact]
    public void Every_request_and_response_body_of_the_api_has_generated_metadata()
    {
        var bodies = JsonBodiesOfTheApi();

        Assert.Contains(typeof(MapSnapshot), bodies);
        var missing = bodies.Where(type => TabApiJsonContext.Default.GetTypeInfo(type) is null).Select(type => type.FullName).ToList();
        Assert.True(missing.Count == 0, "Add to TabApiJsonContext: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_hosts_json_options_take_the_generated_metadata_before_reflection()
    {
        var options = Host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        Assert.All(JsonBodiesOfTheApi(), type => Assert.Same(TabApiJsonContext.Default, options.GetTypeInfo(type).OriginatingResolver));
    }

    // The types the endpoints declare as their bodies (what the generated request delegates resolve when they are built).
    private List<Type> JsonBodiesOfTheApi()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/tab", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(endpoints);
        var responses = endpoints.SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>())
            .Where(m => m.Type is not null && m.ContentTypes.Contains("application/json"))
            .Select(m => m.Type!);
        var requests = endpoints.SelectMany(e => e.Metadata.OfType<IAcceptsMetadata>())
            .Where(m => m.RequestType is not null && m.ContentTypes.Contains("application/json"))
            .Select(m => m.RequestType!);
        return responses.Concat(requests)
            .Where(type => type != typeof(ProblemDetails) && type != typeof(HttpValidationProblemDetails))
            .Distinct()
            .ToList();
    }
}

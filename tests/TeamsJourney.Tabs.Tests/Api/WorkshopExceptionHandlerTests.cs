using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TeamsJourney.Domain.Common;
using TeamsJourney.Tabs.Api;
using TeamsJourney.Workshops.Concurrency;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Tabs.Tests.Api;

/// <summary>Each expected failure of the application layer becomes its own problem details; anything else is not handled here.</summary>
public sealed class WorkshopExceptionHandlerTests
{
    public static TheoryData<Exception, int, string> Expected() => new()
    {
        { new WorkshopBusyException(), 503, "Too many changes at once" },
        { new EntryTooLargeException("The answer is too long."), 413, "Too big to store" },
        { new DomainValidationException("Not a stage of this map."), 400, "Not accepted" },
        { new WorkshopDeletedException("ws-1"), 404, "Workshop deleted" },
        { new GroupNotStartedException("ws-1", "group-1"), 409, "Group not started yet" },
        { new BadHttpRequestException("Failed to read parameter \"MapEdit? request\" from the request body as JSON.", 400), 400, "Request not understood" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task An_expected_failure_is_answered_with_its_status_and_title(Exception failure, int status, string title)
    {
        var (handler, context) = AHandlerAndRequest();

        Assert.True(await handler.TryHandleAsync(context, failure, CancellationToken.None));

        Assert.Equal(status, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unexpected_failure_is_left_to_the_host()
    {
        var (handler, context) = AHandlerAndRequest();

        Assert.False(await handler.TryHandleAsync(context, new InvalidOperationException("a bug"), CancellationToken.None));
        Assert.Equal(0, context.Response.Body.Length);
    }

    private static (WorkshopExceptionHandler Handler, DefaultHttpContext Context) AHandlerAndRequest()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        return (new WorkshopExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>()), context);
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using TeamsJourney.Domain.Common;
using TeamsJourney.Workshops.Concurrency;
using TeamsJourney.Workshops.Documents;
using TeamsJourney.Workshops.Groups;

namespace TeamsJourney.Tabs.Api;

/// <summary>
/// Maps the application layer's expected failures to problem details a client can act on, instead of a 500:
/// busy (503 with Retry-After: send the same request again), documents generated a moment ago (429 with
/// Retry-After), too big to store (413), refused by the domain (400) or deleted meanwhile, perhaps on another
/// instance (404), or a group whose start is not stored yet (409). Nothing was stored in any of these cases.
/// A request the endpoint could not read (a body that is not the JSON it takes) keeps its own status: in Development
/// ASP.NET Core throws it for the developer page instead of answering 400, and it reached the client as a 500.
/// </summary>
internal sealed class WorkshopExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            WorkshopBusyException => (StatusCodes.Status503ServiceUnavailable, "Too many changes at once"),
            DocumentGenerationThrottledException => (StatusCodes.Status429TooManyRequests, "Documents generated a moment ago"),
            EntryTooLargeException => (StatusCodes.Status413PayloadTooLarge, "Too big to store"),
            DomainValidationException => (StatusCodes.Status400BadRequest, "Not accepted"),
            WorkshopDeletedException => (StatusCodes.Status404NotFound, "Workshop deleted"),
            GroupNotStartedException => (StatusCodes.Status409Conflict, "Group not started yet"),
            BadHttpRequestException bad => (bad.StatusCode, "Request not understood"),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = ((int)WorkshopBusyException.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (exception is DocumentGenerationThrottledException throttled)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(throttled.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message + " Nothing was changed." },
        });
    }
}

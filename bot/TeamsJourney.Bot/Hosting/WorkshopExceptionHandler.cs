using Microsoft.AspNetCore.Diagnostics;
using TeamsJourney.Domain.Common;
using TeamsJourney.Storage;
using TeamsJourney.Storage.Workshops;

namespace TeamsJourney.Bot.Hosting;

/// <summary>
/// Turns the workshop layer's expected failures into problem details a client can act on, instead of a
/// 500: too much contention (503, try again), input too big for storage (413) or refused by the domain (400).
/// Nothing was stored in any of these cases.
/// </summary>
internal sealed class WorkshopExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            ConcurrencyException => (StatusCodes.Status503ServiceUnavailable, "Too many changes at once"),
            StorageLimitException => (StatusCodes.Status413PayloadTooLarge, "Too big to store"),
            DomainValidationException => (StatusCodes.Status400BadRequest, "Not accepted"),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "1";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception.Message + " Nothing was changed." },
        });
    }
}

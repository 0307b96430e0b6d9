using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsJourney.BotFramework.Cards;
using TeamsJourney.BotFramework.Schema;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>Writes an <see cref="InvokeResponse"/> as the HTTP answer: its status, and its JSON body when it has one.</summary>
public sealed class InvokeHttpResult : IResult, IStatusCodeHttpResult
{
    private static readonly InvokeResponse TooLarge =
        InvokeResponse.Message("This card was too large for Teams to show. Type 'status' for the current card, or open the workshop tab.");

    internal InvokeHttpResult(InvokeResponse response) => Response = response;

    /// <summary>The invoke response written.</summary>
    public InvokeResponse Response { get; }

    /// <inheritdoc />
    public int? StatusCode => Response.Status;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Response.Status;
        if (!Response.HasBody)
        {
            httpContext.Response.ContentLength = 0;
            return;
        }

        // The card a person gets back is held to the same budget as every sent message. A card answer within budget is written as serialized once; anything else goes through the shortening.
        var shortened = false;
        byte[] body;
        // Written into a pooled buffer, then copied out at its exact size so the buffer goes back before the write
        // waits on the client: at 3,000 participants thousands of answers wait on their sockets, and holding a pooled
        // 16-32 KB buffer through each of those waits raised the host's peak memory.
        using (var encoded = new PooledBufferWriter(16 * 1024))
        {
            body = Response.TryEncodeCardWithin(OutboundSizeBudget.MaxBytes, encoded)
                ? encoded.WrittenSpan.ToArray()
                : OutboundSizeBudget.Fit(Response.Body!, ActivityJsonContext.Default.Options, out shortened)
                    ?? Encoding.UTF8.GetBytes(TooLarge.Body!.ToJsonString(ActivityJsonContext.Default.Options));
        }
        if (shortened)
        {
            var logger = httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsJourney.BotFramework.BotEndpoint");
            Log.InvokeAnswerShortened(logger, OutboundSizeBudget.MaxBytes);
        }

        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}

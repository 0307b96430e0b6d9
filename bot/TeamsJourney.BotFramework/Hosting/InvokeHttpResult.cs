using Microsoft.AspNetCore.Http;
using TeamsJourney.BotFramework.Cards;

namespace TeamsJourney.BotFramework.Hosting;

/// <summary>Writes an <see cref="InvokeResponse"/> as the HTTP answer: its status, and its JSON body when it has one.</summary>
public sealed class InvokeHttpResult : IResult, IStatusCodeHttpResult
{
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
        if (Response.Body is null)
        {
            httpContext.Response.ContentLength = 0;
            return;
        }

        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await httpContext.Response.WriteAsync(Response.Body.ToJsonString(), httpContext.RequestAborted);
    }
}

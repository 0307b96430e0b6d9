using TeamsJourney.BotFramework.Auth;
using TeamsJourney.BotFramework.Tests.Support;
using static TeamsJourney.BotFramework.Tests.Support.Activities;

namespace TeamsJourney.BotFramework.Tests.Auth;

/// <summary>Each test gets its own local issuer (metadata + JWKS over HTTP) and a validator with an empty key cache.</summary>
public abstract class TokenValidationTestBase : IAsyncLifetime
{
    protected LocalTokenIssuer Issuer { get; private set; } = null!;

    protected ChannelTokenValidator Validator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await LocalTokenIssuer.StartAsync();
        Validator = Issuer.CreateValidator();
    }

    public async Task DisposeAsync() => await Issuer.DisposeAsync();

    protected async Task AssertRejectedAsync(string? header, string reasonFragment)
    {
        var result = await Validator.ValidateAsync(header, AMessage());

        Assert.False(result.Succeeded);
        Assert.Null(result.ClaimsIdentity);
        Assert.Contains(reasonFragment, result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }
}

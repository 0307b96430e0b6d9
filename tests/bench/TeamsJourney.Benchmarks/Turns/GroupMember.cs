using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// One person in a group's thread pressing the buttons of the card they see, as a person would: answer the step
/// (text that names the step it was typed for, so a misfiled answer can be found afterwards), move on once they
/// have added something, score emotions, skip what needs more than a press.
/// </summary>
internal sealed class GroupMember(Member member, TurnActivities activities, HttpClient host)
{
    private CardView _view = new(null, new HashSet<string>(), false, false, false);
    // Five members adding six each keeps a cell under the domain's 50 items, as a group filling a step would.
    private const int AnswersPerStep = 6;

    private int _presses;
    private string? _answeredStep;
    private int _answersOnStep;

    public bool Finished => _view.Finished;

    /// <summary>Asks for this member's own view of the card (a refresh changes nothing).</summary>
    public Task LookAsync(TurnTally tally, CancellationToken cancellationToken) => SendAsync("refresh", new JsonObject(), tally, Stopwatch.GetTimestamp(), cancellationToken);

    /// <summary>Presses the next button; <paramref name="since"/> is when the press was due (open loop) or sent.</summary>
    public Task PressAsync(TurnTally tally, long since, CancellationToken cancellationToken)
    {
        var step = _view.StepId;
        var (verb, data) = Choose(step);
        if (step is not null)
        {
            data["stepId"] = step;
        }

        return SendAsync(verb, data, tally, since, cancellationToken);
    }

    private (string Verb, JsonObject Data) Choose(string? step)
    {
        var n = ++_presses;
        if (_answeredStep != step)
        {
            (_answeredStep, _answersOnStep) = (step, 0);
        }

        if (_view.Verbs.Contains("answer") && _answersOnStep < AnswersPerStep)
        {
            _answersOnStep++;
            return ("answer", new JsonObject { ["answer"] = $"m{member.Number} #{n} @{step}" });
        }

        if (_view.Verbs.Contains("emotion"))
        {
            return ("emotion", new JsonObject { ["emotion"] = "1" });
        }

        return _view.Verbs.Contains("next") && _answersOnStep > 0 ? ("next", new JsonObject()) : ("skip", new JsonObject());
    }

    private async Task SendAsync(string verb, JsonObject data, TurnTally tally, long since, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await host.PostAsJsonAsync("api/messages", activities.Press(member, verb, data), cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(since).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                tally.Failed($"{verb}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (body.RootElement.TryGetProperty("statusCode", out var status) && status.GetInt32() != 200)
            {
                tally.Failed($"{verb}: invoke status {status.GetInt32()} {body.RootElement}");
                return;
            }

            _view = CardView.Read(body.RootElement);
            tally.Answered(elapsed, _view);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
        {
            tally.Failed($"{verb}: {error.GetType().Name}: {error.Message}");
        }
    }
}

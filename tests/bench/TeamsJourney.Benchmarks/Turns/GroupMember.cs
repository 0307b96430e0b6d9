using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsJourney.Benchmarks.Turns;

/// <summary>
/// One person in a group's thread pressing the buttons of the card they see, as a person would: answer the step
/// (text that names the step it was typed for, and on an MVP card the box it was typed in, so a misfiled answer can
/// be found afterwards), move on once they have added something, score emotions, skip what needs more than a press.
/// On an MVP card (several boxes, groups start there) a press fills two boxes with their channel and evidence and
/// sends "Add to map"; the last press of the member's turn on the step is "Save and next" with its boxes filled.
/// </summary>
internal sealed class GroupMember(Member member, GroupThread thread, HttpClient host)
{
    private CardView _view = CardView.Nothing;
    private int _round;

    // Five members adding six each keeps a cell under the domain's 50 items, as a group filling a step would.
    private const int AnswersPerStep = 6;

    // MVP: five members, eleven presses of two boxes each over three or four lanes keeps a cell under 50 items
    // (at most 5 x 11 x 2 / 3 = 37), and a group of 60 at 2,000 turns/s on the step for longer than a run.
    private const int MvpAddsPerStep = 10;
    private const int BoxesPerPress = 2;

    private int _presses;
    private string? _answeredStep;
    private int _answersOnStep;

    /// <summary>Asks for this member's own view of the card (a refresh changes nothing).</summary>
    public Task LookAsync(TurnTally tally, CancellationToken cancellationToken) => SendAsync("refresh", new JsonObject(), tally, Stopwatch.GetTimestamp(), cancellationToken);

    /// <summary>Presses the next button; <paramref name="since"/> is when the press was due (open loop) or sent.</summary>
    public async Task PressAsync(TurnTally tally, long since, CancellationToken cancellationToken)
    {
        // The group finished its map (or moved to its next round without this member): on to the next round's thread,
        // where the first thing a member does is look at the card.
        if (_view.Finished || _round != thread.Round)
        {
            _round = _view.Finished ? await thread.NextRoundAsync(_round) : thread.Round;
            (_view, _answeredStep, _answersOnStep) = (CardView.Nothing, null, 0);
            await SendAsync("refresh", new JsonObject(), tally, since, cancellationToken);
            return;
        }

        var step = _view.StepId;
        var (verb, data) = Choose(step);
        if (step is not null)
        {
            data["stepId"] = step;
        }

        await SendAsync(verb, data, tally, since, cancellationToken);
    }

    private (string Verb, JsonObject Data) Choose(string? step)
    {
        var n = ++_presses;
        if (_answeredStep != step)
        {
            (_answeredStep, _answersOnStep) = (step, 0);
        }

        if (_view.Verbs.Contains("answerInputs") && _view.InputKeys.Count > 0)
        {
            var data = FillBoxes(step, n, firstOnStep: _answersOnStep == 0);
            if (++_answersOnStep > MvpAddsPerStep)
            {
                data["then"] = "next";
            }

            return ("answerInputs", data);
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

        // A step with nothing to answer and no skip (the review) is finished with its Next ("Finish").
        return _view.Verbs.Contains("next") && (_answersOnStep > 0 || !_view.Verbs.Contains("skip")) ? ("next", new JsonObject()) : ("skip", new JsonObject());
    }

    // Two text boxes by turns (members start on different ones), each with the channel and evidence a map item
    // takes; the emotion once per step. The text names the card and the box: "m7 #12 @journey.report.painPoint".
    private JsonObject FillBoxes(string? step, int press, bool firstOnStep)
    {
        var data = new JsonObject();
        var texts = _view.InputKeys.Where(k => k != "emotion").ToList();
        for (var box = 0; box < Math.Min(BoxesPerPress, texts.Count); box++)
        {
            var key = texts[(member.Number + press + box) % texts.Count];
            data[CardView.InputPrefix + key] = $"m{member.Number} #{press} @{step}.{key}";
            if (_view.Inputs.Contains($"{CardView.InputPrefix}{key}_channel"))
            {
                data[$"{CardView.InputPrefix}{key}_channel"] = "Web";
            }

            if (_view.Inputs.Contains($"{CardView.InputPrefix}{key}_evidence"))
            {
                data[$"{CardView.InputPrefix}{key}_evidence"] = press % 2 == 0 ? "Fact" : "Assumption";
                data[$"{CardView.InputPrefix}{key}_source"] = "Missed collections log, April";
            }
        }

        if (firstOnStep && _view.InputKeys.Contains("emotion"))
        {
            data[CardView.InputPrefix + "emotion"] = ((member.Number % 5) - 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
    }

    private async Task SendAsync(string verb, JsonObject data, TurnTally tally, long since, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await host.PostAsJsonAsync("api/messages", thread.Activities.Press(member, verb, data), cancellationToken);
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

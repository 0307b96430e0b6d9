using System.Net.Http.Headers;
using System.Text;

namespace TeamsJourney.Testing.Fuzz;

/// <summary>
/// Tab API requests a curious or malicious caller might make, from a seed: ids with percent-encoded control
/// characters, '#', '?' and '\', very long ids, query values of the wrong type, and edit bodies that are not JSON,
/// not UTF-8, of the wrong shape or of the wrong content type.
/// </summary>
public sealed class HostileTabRequests(int seed)
{
    private static readonly string[] IdDamage = ["%0a", "%09", "%7f", "%23", "%3F", "%5C", "%0d%0a", "%2e%2e", "..", "%25", "%C3%28", "%ED%A0%80", "%F0%9F%97%91", "%20"];

    private static readonly string[] Bodies =
    [
        "", "{", "[]", "null", "{\"clientEditId\":null}", "{\"op\":\"add\",\"text\":\"\\ud800\"}", "{\"op\":\"add\",\"lane\":\"NoSuchLane\",\"text\":1}",
        "{\"op\":\"move\",\"itemId\":[],\"expectedVersion\":\"x\"}", "{\"op\":\"delete\",\"itemId\":\"i\",\"expectedVersion\":-9223372036854775808}",
        "{\"clientEditId\":\"e\",\"op\":\"add\",\"stageId\":{},\"lane\":\"PainPoint\",\"text\":\"" + new string('x', 50_000) + "\"}",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next hostile request; the caller adds its credentials.</summary>
    public HttpRequestMessage Next()
    {
        var workshop = Id();
        var group = Id();
        return _random.Next(5) switch
        {
            0 => new HttpRequestMessage(HttpMethod.Get, $"/api/tab/workshops/{workshop}/map"),
            1 => new HttpRequestMessage(HttpMethod.Get, $"/api/tab/workshops/{workshop}/changes?after={Pick(["0", "-1", "x", "99999999999999999999", ""])}&groupId={group}"),
            2 => new HttpRequestMessage(HttpMethod.Get, $"/api/tab/workshops?channelId={group}"),
            _ => Edit(workshop, group),
        };
    }

    private HttpRequestMessage Edit(string workshop, string group)
    {
        var body = _random.Next(6) == 0
            ? new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D])
            : new ByteArrayContent(Encoding.UTF8.GetBytes(Pick(Bodies)));
        body.Headers.ContentType = new MediaTypeHeaderValue(Pick(["application/json", "application/json", "text/plain", "application/x-www-form-urlencoded"]));
        return new HttpRequestMessage(HttpMethod.Post, $"/api/tab/workshops/{workshop}/groups/{group}/edits") { Content = body };
    }

    private string Id() => _random.Next(6) switch
    {
        0 => new string('w', _random.Next(100, 3_000)),
        1 => "ws-" + Convert.ToHexStringLower(BitConverter.GetBytes(_random.NextInt64())),
        _ => "ws" + Pick(IdDamage) + "x",
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}

using System.Collections;

namespace TeamsJourney.Domain.Facilitation;

/// <summary>
/// A read-only list whose elements are made from the source's as they are read. A card lists only the last few of a
/// cell's items (a map cell holds up to fifty), so the prompt makes those few, not one per item on every turn.
/// </summary>
internal sealed class ProjectedList<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> project) : IReadOnlyList<T>
{
    public T this[int index] => project(source[index]);

    public int Count => source.Count;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in source)
        {
            yield return project(item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

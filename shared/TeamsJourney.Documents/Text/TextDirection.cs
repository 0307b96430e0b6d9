namespace TeamsJourney.Documents.Text;

/// <summary>Decides paragraph direction the way the Unicode bidi algorithm does: by the first strong character.</summary>
internal static class TextDirection
{
    public static bool IsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (IsRightToLeftLetter(c))
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }

    // Hebrew, Arabic, Syriac, Thaana, NKo and the presentation forms; enough for the scripts our councils meet.
    private static bool IsRightToLeftLetter(char c) =>
        (c >= '\u0590' && c <= '\u08FF')
        || (c >= '\uFB1D' && c <= '\uFDFF')
        || (c >= '\uFE70' && c <= '\uFEFF');
}

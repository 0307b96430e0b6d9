namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// Colours and fonts of the deck. The palette keeps text contrast at or above WCAG AA on its fills;
/// one font (see <see cref="Font"/>) for titles and body so they never render in mismatched faces.
/// </summary>
internal static class DeckTheme
{
    public const string Ink = "1F2937";
    public const string Navy = "1E3A5F";
    public const string Blue = "1F6FB2";
    public const string Red = "B03A2E";
    public const string Green = "1E7B4E";
    public const string Amber = "8A5A00";
    public const string Mist = "E8EEF5";
    public const string PaleRed = "FBEAEA";
    public const string PaleGreen = "E6F4EC";
    public const string PaleAmber = "FFF4DC";
    public const string White = "FFFFFF";
    /// <summary>
    /// Arial ships with Office on Windows and macOS; LibreOffice draws it with Liberation Sans, which has the same
    /// metrics, so line breaks and slide fit are the same everywhere.
    /// </summary>
    public const string Font = "Arial";

    public static string ThemeXml(string name) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="{DrawingMl.A}" name="{name}"><a:themeElements>
        <a:clrScheme name="TeamsJourney">
        <a:dk1><a:srgbClr val="{Ink}"/></a:dk1><a:lt1><a:srgbClr val="{White}"/></a:lt1>
        <a:dk2><a:srgbClr val="{Navy}"/></a:dk2><a:lt2><a:srgbClr val="{Mist}"/></a:lt2>
        <a:accent1><a:srgbClr val="{Blue}"/></a:accent1><a:accent2><a:srgbClr val="{Red}"/></a:accent2>
        <a:accent3><a:srgbClr val="{Green}"/></a:accent3><a:accent4><a:srgbClr val="{Amber}"/></a:accent4>
        <a:accent5><a:srgbClr val="6B4C9A"/></a:accent5><a:accent6><a:srgbClr val="5D6D7E"/></a:accent6>
        <a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
        </a:clrScheme>
        <a:fontScheme name="TeamsJourney">
        <a:majorFont><a:latin typeface="{Font}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
        <a:minorFont><a:latin typeface="{Font}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>
        </a:fontScheme>
        <a:fmtScheme name="TeamsJourney">
        <a:fillStyleLst>{Repeat3("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>")}</a:fillStyleLst>
        <a:lnStyleLst>{Repeat3("<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>")}</a:lnStyleLst>
        <a:effectStyleLst>{Repeat3("<a:effectStyle><a:effectLst/></a:effectStyle>")}</a:effectStyleLst>
        <a:bgFillStyleLst>{Repeat3("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>")}</a:bgFillStyleLst>
        </a:fmtScheme>
        </a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>
        """;

    // The schema asks for at least three styles in each list (subtle, moderate, intense); ours are all plain.
    private static string Repeat3(string xml) => xml + xml + xml;
}

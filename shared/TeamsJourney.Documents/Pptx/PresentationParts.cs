using System.Text;
using DocumentFormat.OpenXml.Packaging;
using static TeamsJourney.Documents.Pptx.DeckTheme;
using static TeamsJourney.Documents.Pptx.DrawingMl;

namespace TeamsJourney.Documents.Pptx;

/// <summary>
/// The fixed parts every deck needs: theme, slide master with two layouts, notes master, presentation properties.
/// Written once per deck from markup kept here, so the deck carries no binary template.
/// </summary>
internal sealed class PresentationParts
{
    private const string Namespaces = $"""xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}" """;
    private const string GroupHeader = """<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>""";
    private const string ColorMap = """bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink" """;

    private PresentationParts(SlideLayoutPart titleLayout, SlideLayoutPart titleOnlyLayout, SlideLayoutPart sectionLayout, NotesMasterPart notesMaster)
    {
        TitleLayout = titleLayout;
        SectionLayout = sectionLayout;
        TitleOnlyLayout = titleOnlyLayout;
        NotesMaster = notesMaster;
    }

    public SlideLayoutPart TitleLayout { get; }

    public SlideLayoutPart TitleOnlyLayout { get; }

    public SlideLayoutPart SectionLayout { get; }

    public NotesMasterPart NotesMaster { get; }

    public static PresentationParts Create(PresentationPart presentation)
    {
        var master = presentation.AddNewPart<SlideMasterPart>("rIdMaster");
        var theme = master.AddNewPart<ThemePart>("rIdTheme");
        Write(theme, ThemeXml("TeamsJourney"));
        presentation.AddPart(theme, "rIdTheme");

        var titleLayout = master.AddNewPart<SlideLayoutPart>("rIdLayout1");
        titleLayout.AddPart(master, "rIdMaster");
        Write(titleLayout, TitleSlideLayoutXml);
        var titleOnly = master.AddNewPart<SlideLayoutPart>("rIdLayout2");
        titleOnly.AddPart(master, "rIdMaster");
        Write(titleOnly, TitleOnlyLayoutXml);
        var section = master.AddNewPart<SlideLayoutPart>("rIdLayout3");
        section.AddPart(master, "rIdMaster");
        Write(section, SectionLayoutXml);
        Write(master, MasterXml);

        var notesMaster = presentation.AddNewPart<NotesMasterPart>("rIdNotesMaster");
        Write(notesMaster.AddNewPart<ThemePart>("rIdTheme"), ThemeXml("TeamsJourney notes"));
        Write(notesMaster, NotesMasterXml);

        Write(presentation.AddNewPart<PresentationPropertiesPart>("rIdProps"), $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentationPr {Namespaces}/>""");
        Write(presentation.AddNewPart<ViewPropertiesPart>("rIdView"), $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:viewPr {Namespaces}/>""");
        Write(presentation.AddNewPart<TableStylesPart>("rIdTableStyles"), $$"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:tblStyleLst xmlns:a="{{A}}" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>""");
        return new PresentationParts(titleLayout, titleOnly, section, notesMaster);
    }

    /// <summary>presentation.xml, written last because it lists every slide.</summary>
    public static void WritePresentation(PresentationPart presentation, IReadOnlyList<string> slideRelationshipIds, IReadOnlyList<(string Name, int FirstSlide)> sections)
    {
        var xml = new StringBuilder(256 + (slideRelationshipIds.Count * 40));
        xml.Append($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {Namespaces} saveSubsetFonts="1">""");
        xml.Append("""<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdMaster"/></p:sldMasterIdLst>""");
        xml.Append("""<p:notesMasterIdLst><p:notesMasterId r:id="rIdNotesMaster"/></p:notesMasterIdLst><p:sldIdLst>""");
        for (var i = 0; i < slideRelationshipIds.Count; i++)
        {
            xml.Append($"""<p:sldId id="{256 + i}" r:id="{slideRelationshipIds[i]}"/>""");
        }

        xml.Append($"""</p:sldIdLst><p:sldSz cx="{DeckGeometry.SlideWidth.Value}" cy="{DeckGeometry.SlideHeight.Value}"/><p:notesSz cx="6858000" cy="9144000"/>""");
        // Text boxes take the theme's body font from here; without it each application falls back to its own default.
        xml.Append($"""<p:defaultTextStyle>{Level("lvl1pPr", 1400, false, Ink)}</p:defaultTextStyle>""");
        AppendSections(xml, slideRelationshipIds.Count, sections);
        xml.Append("</p:presentation>");
        Write(presentation, xml.ToString());
    }

    // PowerPoint's sections (Office 2010 extension): the slide sorter and navigation pane show the main deck, each group
    // and the appendix as named sections. Ids are derived from the position so the same workshop gives the same file.
    private static void AppendSections(StringBuilder xml, int slideCount, IReadOnlyList<(string Name, int FirstSlide)> sections)
    {
        if (sections.Count == 0)
        {
            return;
        }

        xml.Append("""<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">""");
        for (var s = 0; s < sections.Count; s++)
        {
            var end = s + 1 < sections.Count ? sections[s + 1].FirstSlide : slideCount;
            var id = $"{s + 1:X8}-7E57-4A11-8000-000000000000";
            xml.Append($$"""<p14:section name="{{System.Security.SecurityElement.Escape(sections[s].Name)}}" id="{{{id}}}"><p14:sldIdLst>""");
            for (var i = sections[s].FirstSlide; i < end; i++)
            {
                xml.Append($"""<p14:sldId id="{256 + i}"/>""");
            }

            xml.Append("</p14:sldIdLst></p14:section>");
        }

        xml.Append("</p14:sectionLst></p:ext></p:extLst>");
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = Encoding.UTF8.GetBytes(xml);
        stream.Write(bytes);
    }

    private static string Level(string tag, int size, bool bold, string color, string font = "+mn") =>
        $"""<a:{tag} algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/><a:defRPr sz="{size}" b="{(bold ? 1 : 0)}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:latin typeface="{font}-lt"/><a:ea typeface="{font}-ea"/><a:cs typeface="{font}-cs"/></a:defRPr></a:{tag}>""";

    private static string Shape(int id, string name, string placeholder, string xfrm, string body = "") =>
        $"""<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{placeholder}</p:nvPr></p:nvSpPr><p:spPr>{xfrm}</p:spPr><p:txBody><a:bodyPr {body}/><a:lstStyle/><a:p><a:endParaRPr lang="{Lang}"/></a:p></p:txBody></p:sp>""";

    private static string Xfrm(SlideRect r) =>
        $"""<a:xfrm><a:off x="{r.X.Value}" y="{r.Y.Value}"/><a:ext cx="{r.Width.Value}" cy="{r.Height.Value}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>""";

    private static readonly string MasterXml = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldMaster {Namespaces}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="{White}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{GroupHeader}
        <p:sp><p:nvSpPr><p:cNvPr id="2" name="Accent band" descr="Decorative accent band along the top edge"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{Xfrm(SlideRect.FromInches(0, 0, 13.333, 0.12))}<a:solidFill><a:srgbClr val="{Blue}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>
        {Shape(3, "Title Placeholder", """<p:ph type="title"/>""", Xfrm(DeckGeometry.Title), "anchor=\"ctr\" lIns=\"91440\" rIns=\"91440\" tIns=\"45720\" bIns=\"45720\"")}
        {Shape(4, "Text Placeholder", """<p:ph type="body" idx="1"/>""", Xfrm(DeckGeometry.Content))}
        </p:spTree></p:cSld><p:clrMap {ColorMap}/>
        <p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rIdLayout1"/><p:sldLayoutId id="2147483650" r:id="rIdLayout2"/><p:sldLayoutId id="2147483651" r:id="rIdLayout3"/></p:sldLayoutIdLst>
        <p:txStyles><p:titleStyle>{Level("lvl1pPr", 2800, true, Navy, "+mj")}</p:titleStyle><p:bodyStyle>{Level("lvl1pPr", 1400, false, Ink)}</p:bodyStyle><p:otherStyle>{Level("lvl1pPr", 1400, false, Ink)}</p:otherStyle></p:txStyles>
        </p:sldMaster>
        """;

    private static readonly string TitleSlideLayoutXml = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldLayout {Namespaces} type="title" preserve="1"><p:cSld name="Title Slide"><p:spTree>{GroupHeader}
        {Shape(2, "Title", """<p:ph type="ctrTitle"/>""", Xfrm(TitleSlide.TitleRect), "anchor=\"b\"")}
        {Shape(3, "Subtitle", """<p:ph type="subTitle" idx="1"/>""", Xfrm(TitleSlide.SubtitleRect), "anchor=\"t\"")}
        </p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>
        """;

    private static readonly string TitleOnlyLayoutXml = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldLayout {Namespaces} type="titleOnly" preserve="1"><p:cSld name="Title Only"><p:spTree>{GroupHeader}
        {Shape(2, "Title", """<p:ph type="title"/>""", string.Empty)}
        </p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>
        """;

    private static readonly string SectionLayoutXml = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldLayout {Namespaces} type="secHead" preserve="1"><p:cSld name="Section Header"><p:spTree>{GroupHeader}
        <p:sp><p:nvSpPr><p:cNvPr id="4" name="Section band" descr="Decorative band behind the section title"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{Xfrm(SlideRect.FromInches(0, 2.2, 13.333, 2.6))}<a:solidFill><a:srgbClr val="{Mist}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>
        {Shape(2, "Title", """<p:ph type="title"/>""", Xfrm(SectionTitleRect), "anchor=\"b\"")}
        {Shape(3, "Text", """<p:ph type="body" idx="1"/>""", Xfrm(SectionTextRect), "anchor=\"t\"")}
        </p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>
        """;

    public static readonly SlideRect SectionTitleRect = SlideRect.FromInches(1, 2.4, 11.333, 1.3);
    public static readonly SlideRect SectionTextRect = SlideRect.FromInches(1, 3.8, 11.333, 0.9);

    private static readonly string NotesMasterXml = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:notesMaster {Namespaces}><p:cSld><p:spTree>{GroupHeader}
        {Shape(2, "Slide Image", """<p:ph type="sldImg" idx="2"/>""", Xfrm(SlideRect.FromInches(0.75, 0.75, 6, 3.375)))}
        {Shape(3, "Notes", """<p:ph type="body" idx="1"/>""", Xfrm(SlideRect.FromInches(0.75, 4.4, 6, 5.6)))}
        </p:spTree></p:cSld><p:clrMap {ColorMap}/></p:notesMaster>
        """;
}

using TeamsJourney.Documents.Tests.Fixtures;

namespace TeamsJourney.Documents.Tests.Validity;

/// <summary>Every writer, every fixture: the file passes the Office 2019 schema validator with no errors.</summary>
public sealed class GeneratedDocumentValidityTests
{
    public static TheoryData<string, DocumentKind> Cases()
    {
        var data = new TheoryData<string, DocumentKind>();
        foreach (var name in Reports.Names)
        {
            foreach (var kind in Enum.GetValues<DocumentKind>())
            {
                data.Add(name, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_document_passes_the_Office_2019_validator(string fixture, DocumentKind kind)
    {
        var file = Generate.Document(kind, Reports.ByName(fixture));

        OpenXmlAssert.Valid(file, kind);
    }
}

using Analytics.Etl.Review;
using Analytics.Tests.Warehouse;
using Analytics.Warehouse.Snapshots;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Analytics.Tests.Etl.Review;

/// <summary>
/// The exported workbook as spreadsheet programs see it: valid Open XML with its frozen header,
/// widths and drop-down lists, and still loadable after LibreOffice (installed by scripts/setup.sh)
/// has opened and saved it.
/// </summary>
public sealed class ReviewWorkbookTests : IDisposable
{
    private readonly ReviewFixture fx = new();

    public void Dispose() => fx.Dispose();

    [Fact]
    public void The_exported_workbook_is_valid_open_xml_with_a_frozen_header_set_widths_and_the_verdict_list()
    {
        fx.Load(ReviewFixture.Report);
        var path = fx.Export("review.xlsx");

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);

        var workbook = document.WorkbookPart!; // written by the export
        Assert.Equal([ReviewWorkbook.SheetName, ReviewWorkbook.GuideName], workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var sheet = Sheet(document, 0);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1D, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        Assert.Equal(ReviewColumns.All.Select(c => c.Width), Widths(sheet));
        // The export sets every attribute read with ! below.
        var lists = sheet.Descendants<DataValidation>().Where(v => v.Type!.Value == DataValidationValues.List).ToList();
        Assert.Contains(lists, v => v.Formula1!.Text == "\"确认,更正,驳回\"" && v.SequenceOfReferences!.InnerText == "M2:M10");
        Assert.Contains(lists, v => v.Formula1!.Text == "\"是,否\"");
        Assert.NotNull(sheet.Descendants<AutoFilter>().SingleOrDefault());
    }

    [Fact]
    public void A_sheet_filled_in_and_saved_by_LibreOffice_is_read_back_by_the_loader()
    {
        Tools.Require(Tools.Soffice, "libreoffice-calc");

        fx.Load(ReviewFixture.Report);
        var exported = fx.Export("review.xlsx");
        ReviewSheet.Fill(exported, new()
        {
            ["elderly_beds"] = [("verdict", "确认")],
            ["eco_burial_rate"] = [("verdict", "更正"), ("corrected_value", "52.5"), ("note", "以殡葬台账为准")],
            ["social_work_stations"] = [("verdict", "驳回")],
        });

        var saved = SaveWithLibreOffice(exported);

        Assert.NotEqual(File.ReadAllBytes(exported), File.ReadAllBytes(saved));
        using (var document = SpreadsheetDocument.Open(saved, isEditable: false))
        {
            // LibreOffice kept the verdict list and the widths. (A headless conversion opens no window, so
            // it writes no view settings back: the frozen header is a window's, and is not checked here.)
            var sheet = Sheet(document, 0);
            Assert.Contains(sheet.Descendants<DataValidation>(), v => v.Formula1?.Text == "\"确认,更正,驳回\"");
            Assert.Equal(ReviewColumns.All.Select(c => c.Width), Widths(sheet).Take(ReviewColumns.All.Count).Select(w => Math.Round(w, 1)));
        }

        var result = Assert.Single(fx.Load(saved).Sources);
        Assert.Equal(("review", LoadOutcome.Loaded, 3L, 0L), (result.Kind, result.Outcome, result.Rows, result.Quarantined));
        Assert.Equal(["confirmed", "corrected", "rejected"], Db.Rows(fx.Db, "SELECT verdict FROM reviews ORDER BY verdict").Select(r => r[0]));
        Assert.Equal([52.5m, "review", "以殡葬台账为准"], Assert.Single(Db.Rows(fx.Db, """
            SELECT p.value, p.source_kind, r.note FROM preferred_facts p JOIN reviews r ON r.correction_id = p.fact_id
            WHERE p.indicator = 'eco_burial_rate'
            """)));
    }

    private string SaveWithLibreOffice(string xlsx)
    {
        var output = Directory.CreateDirectory(fx.Folder.File("libreoffice")).FullName;
        Tools.Convert(fx.Folder.File("lo-profile"), "xlsx:Calc MS Excel 2007 XML", output, xlsx);
        var saved = Path.Combine(output, Path.GetFileName(xlsx));
        Assert.True(File.Exists(saved), $"LibreOffice wrote no {saved}");
        return saved;
    }

    // One width per column; a program may write neighbours of equal width as one range (min..max).
    private static IEnumerable<double> Widths(Worksheet sheet) =>
        sheet.Descendants<Column>().SelectMany(c => Enumerable.Repeat(c.Width!.Value, (int)(c.Max!.Value - c.Min!.Value + 1))); // both writers set all three

    private static Worksheet Sheet(SpreadsheetDocument document, int index)
    {
        var workbook = document.WorkbookPart!; // every workbook here has one
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(index); // a workbook has sheets, a sheet an id
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
    }
}

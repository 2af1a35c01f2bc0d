using System.Xml.Linq;

namespace Analytics.Tests.Architecture;

public sealed class ProjectReferenceTests
{
    private static readonly string Root = RepoRoot.Find();

    private static IReadOnlyList<string> References(string project) =>
        XDocument.Load(Path.Combine(Root, project))
            .Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension((string?)e.Attribute("Include") ?? ""))
            .ToList();

    [Fact]
    public void Web_never_references_etl() =>
        Assert.DoesNotContain("Analytics.Etl", References("web/Analytics.Web.csproj"));

    [Fact]
    public void Warehouse_references_no_other_project() =>
        Assert.Empty(References("warehouse/Analytics.Warehouse.csproj"));

    [Theory]
    [InlineData("etl/Analytics.Etl.csproj")]
    [InlineData("models/Analytics.Models.csproj")]
    [InlineData("models/Cli/Analytics.Models.Cli.csproj")]
    [InlineData("web/Analytics.Web.csproj")]
    public void Every_product_project_points_at_warehouse(string project) =>
        Assert.Contains("Analytics.Warehouse", References(project));
}

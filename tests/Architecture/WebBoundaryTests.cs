using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Analytics.Tests.Architecture;

/// <summary>
/// The web is a reader of published snapshots: it references libraries only (the models library for
/// the what-if it computes per request), ships no other program, and reads forecasts and their
/// backtests through its snapshot lease, never from files beside the snapshot folder.
/// </summary>
public sealed partial class WebBoundaryTests
{
    private static readonly string Root = RepoRoot.Find();

    private const string WebProject = "web/Analytics.Web.csproj";

    // The web's own command line (Report/ReportCommand.cs, `analytics-web report`) is the one place these belong.
    private static readonly string[] CommandLinePackages = ["System.CommandLine", "Spectre.Console"];

    /// <summary>Every project the web project references, directly or through another, as paths from the root.</summary>
    private static IReadOnlyList<string> ReferencedProjects(string project)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            var folder = Path.GetDirectoryName(Path.Combine(Root, current))!;
            foreach (var include in XDocument.Load(Path.Combine(Root, current)).Descendants("ProjectReference").Select(e => (string?)e.Attribute("Include") ?? ""))
            {
                var referenced = Path.GetRelativePath(Root, Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')))).Replace('\\', '/');
                if (seen.Add(referenced))
                {
                    pending.Push(referenced);
                }
            }
        }

        return [.. seen];
    }

    private static string? OutputType(string project) =>
        XDocument.Load(Path.Combine(Root, project)).Descendants("OutputType").Select(e => e.Value.Trim()).LastOrDefault();

    [Fact]
    public void Web_references_no_executable_project()
    {
        var projects = ReferencedProjects(WebProject);

        Assert.Contains("models/Analytics.Models.csproj", projects);
        Assert.All(projects, p => Assert.True(
            OutputType(p) is null or "Library", $"{WebProject} references {p}, whose OutputType is {OutputType(p)}: the web may reference libraries only"));
    }

    [Fact]
    public void The_models_command_line_is_an_executable_apart_from_the_library()
    {
        Assert.Null(OutputType("models/Analytics.Models.csproj"));
        Assert.Equal("Exe", OutputType("models/Cli/Analytics.Models.Cli.csproj"));
        Assert.Contains("models/Analytics.Models.csproj", ReferencedProjects("models/Cli/Analytics.Models.Cli.csproj"));
    }

    /// <summary>
    /// The web's deps.json (copied beside the tests by Mvc.Testing, as the web's build wrote it) lists
    /// everything its output ships: no analytics-models, and no library of the web's brings a command-line package.
    /// </summary>
    [Fact]
    public void Web_output_ships_no_models_executable_and_its_libraries_bring_no_command_line_packages()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "analytics-web.deps.json")));
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value;
        var libraries = target.EnumerateObject().ToDictionary(l => l.Name.Split('/')[0], l => l.Value, StringComparer.OrdinalIgnoreCase);

        Assert.Contains("Analytics.Models", libraries.Keys);
        Assert.DoesNotContain("analytics-models", libraries.Keys);
        Assert.DoesNotContain("Analytics.Models.Cli", libraries.Keys);
        var shipped = libraries.Values
            .SelectMany(l => l.TryGetProperty("runtime", out var runtime) ? runtime.EnumerateObject().Select(f => Path.GetFileName(f.Name)) : [])
            .ToList();
        Assert.Contains("Analytics.Models.dll", shipped);
        Assert.DoesNotContain(shipped, f => f.StartsWith("analytics-models", StringComparison.OrdinalIgnoreCase));

        foreach (var project in new[] { "Analytics.Models", "Analytics.Warehouse" })
        {
            var closure = Closure(libraries, project);
            Assert.All(CommandLinePackages, package => Assert.DoesNotContain(package, closure));
        }
    }

    private static SortedSet<string> Closure(Dictionary<string, JsonElement> libraries, string start)
    {
        var closure = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var name))
        {
            if (libraries.TryGetValue(name, out var library) && library.TryGetProperty("dependencies", out var dependencies))
            {
                foreach (var dependency in dependencies.EnumerateObject().Where(d => closure.Add(d.Name)))
                {
                    pending.Push(dependency.Name);
                }
            }
        }

        return closure;
    }

    /// <summary>The compiled web names types of the models library's what-if only: not its store of model files, not forecasting.</summary>
    [Fact]
    public void Web_uses_only_the_what_if_of_the_models_library()
    {
        using var stream = File.OpenRead(typeof(Analytics.Web.Program).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var used = metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Where(t => t.ResolutionScope.Kind == HandleKind.AssemblyReference
                        && metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)t.ResolutionScope).Name) == "Analytics.Models")
            .Select(t => metadata.GetString(t.Namespace))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["Analytics.Models.WhatIf"], used.Order(StringComparer.Ordinal));
    }

    // File and folder APIs, fonts read from a path, and the reference data files beside the binary.
    [GeneratedRegex(@"(?<![\w.])(File|Directory|FileInfo|DirectoryInfo|FileStream)\b\s*[.(]|\bFromFile\(|\bDataFiles\.|Path\.GetDirectoryName|\.Parent\b|GetParent")]
    private static partial Regex FileSystemCall();

    [GeneratedRegex(@"""\.\.(?:[/\\""]|$)|[/\\]\.\.[/\\""]")]
    private static partial Regex ParentFolder();

    private static IEnumerable<(string File, string Text)> WebSources() =>
        from file in Directory.EnumerateFiles(Path.Combine(Root, "web"), "*", SearchOption.AllDirectories)
        let relative = Path.GetRelativePath(Root, file).Replace('\\', '/')
        where Path.GetExtension(file) is ".cs" or ".razor" && !relative.Split('/').Any(part => part is "bin" or "obj")
        select (relative, File.ReadAllText(file));

    /// <summary>
    /// Outside its snapshot lease the web touches the file system in these places only: the snapshot
    /// folder it watches, the reference data beside its binary (the catalog, the map's boundaries), the chart fonts, and the folder the
    /// report command writes into. No source climbs to a parent folder.
    /// </summary>
    [Fact]
    public void Web_touches_the_file_system_only_where_it_must_and_never_climbs_out_of_a_folder()
    {
        var sources = WebSources().ToList();

        Assert.Equal(
            ["web/Charts/ChartFonts.cs", "web/Charts/CjkFontResolver.cs", "web/Charts/MapShapes.cs", "web/Pages/Units.cs", "web/Report/ReportCommand.cs", "web/Serving/SnapshotWatcher.cs"],
            sources.Where(s => FileSystemCall().IsMatch(s.Text)).Select(s => s.File).Order(StringComparer.Ordinal));
        Assert.Empty(sources.Where(s => ParentFolder().IsMatch(s.Text)).Select(s => s.File));
    }
}

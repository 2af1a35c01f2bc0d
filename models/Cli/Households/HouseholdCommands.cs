using System.CommandLine;
using System.Globalization;
using Analytics.Models.Microsimulation;
using Analytics.Warehouse.Regions;
using DuckDB.NET.Data;
using Spectre.Console;

namespace Analytics.Models.Households;

/// <summary>
/// <c>households generate|simulate|score|visits</c>: the synthetic roster, the dibao what-if, the
/// at-risk model with its warehouse aggregates, and a township's pseudonymised visit list.
/// </summary>
public static class HouseholdCommands
{
    public static IReadOnlyList<Command> Create(TextWriter stdout, TextWriter stderr) =>
    [
        new Command("households", "Household microsimulation and at-risk households (synthetic rosters only)")
        {
            Generate(stdout, stderr), Simulate(stdout, stderr), Score(stdout, stderr), Visits(stdout, stderr),
        },
    ];

    private static Option<string> HouseholdsOption() =>
        new("--households") { Description = "the household file (DuckDB), never the warehouse", Required = true };

    private static Command Generate(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "household file to write (replaced)", Required = true };
        var count = new Option<int>("--count") { Description = "households", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var asOf = new Option<string>("--as-of") { Description = "date the roster describes (yyyy-MM-dd)", DefaultValueFactory = _ => "2025-12-31" };
        var command = new Command("generate", "Write a synthetic household file (deterministic by seed)") { output, count, seed, asOf };
        command.SetAction((parse, ct) => Task.FromResult(Guard(stderr, () =>
        {
            var generator = new HouseholdGenerator(Gazetteer.LoadDefault(), parse.GetValue(seed), ParseDate(parse.GetValue(asOf)!));
            var rows = HouseholdFile.Write(parse.GetValue(output)!, generator, parse.GetValue(count), parse.GetValue(seed), ct);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {rows:N0} synthetic households in {generator.Regions.Count} counties to {parse.GetValue(output)}"));
            return 0;
        })));
        return command;
    }

    private static Command Simulate(TextWriter stdout, TextWriter stderr)
    {
        var households = HouseholdsOption();
        var db = new Option<string?>("--db") { Description = "warehouse (or snapshot) with population and reported 在册 counts, for scaling and calibration" };
        var change = new Option<string[]>("--standard-change") { Description = "+10%, -5%, +100, =1400, or 330683:+10% (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var takeUp = new Option<double?>("--take-up") { Description = "flat take-up rate instead of the file's own" };
        var tolerance = new Option<double>("--tolerance") { Description = "calibration tolerance, relative", DefaultValueFactory = _ => 0.15 };
        var roster = new Option<bool>("--full-roster") { Description = "the file is the whole roster: do not scale to the population" };
        var asOf = new Option<string?>("--as-of") { Description = "date whose standards are the baseline (default: the file's as-of)" };
        var command = new Command("simulate", "Dibao what-if: eligible, enrolled and gap-filling cost per county against the baseline")
        {
            households, db, change, takeUp, tolerance, roster, asOf,
        };
        command.SetAction((parse, ct) => Task.FromResult(Guard(stderr, () =>
        {
            var changes = parse.GetValue(change)!.Select(StandardChange.Parse).ToList();
            using var connection = HouseholdFile.Open(parse.GetValue(households)!, readOnly: true);
            var date = parse.GetValue(asOf) is { } text ? ParseDate(text) : HouseholdFile.AsOf(connection);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var results = new Microsimulation.Microsimulation(connection).Run(date, changes, parse.GetValue(takeUp), ct);
            var elapsed = started.Elapsed;
            if (parse.GetValue(db) is { } warehouse)
            {
                results = new Calibrator(parse.GetValue(tolerance), parse.GetValue(roster)).Apply(results, warehouse, date, ct);
            }

            SimulationReport.Write(stdout, results, date, HouseholdFile.IsSynthetic(connection), elapsed);
            return 0;
        })));
        return command;
    }

    private static Command Score(TextWriter stdout, TextWriter stderr)
    {
        var households = HouseholdsOption();
        var db = new Option<string>("--db") { Description = "warehouse to write at_risk_counts into (a snapshot is published)", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "calibrated risk at or above which a household counts", DefaultValueFactory = _ => 0.5 };
        var k = new Option<int>("--k") { Description = "visit capacity for precision@k", DefaultValueFactory = _ => 200 };
        var model = new Option<string?>("--model") { Description = "where to save the model (default: beside the household file)" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var command = new Command("score", "Train and evaluate the at-risk model, score every household, write counts per county to the warehouse")
        {
            households, db, threshold, k, model, seed,
        };
        command.SetAction((parse, ct) => Task.FromResult(Guard(stderr, () =>
        {
            var file = parse.GetValue(households)!;
            using var connection = HouseholdFile.Open(file, readOnly: false);
            var result = new RiskScoring(parse.GetValue(seed)).Run(connection, parse.GetValue(threshold), parse.GetValue(k), ct);
            var modelPath = parse.GetValue(model) ?? ModelPath(file);
            result.Model.Save(modelPath);
            var (runId, snapshot) = AtRiskPublisher.Publish(parse.GetValue(db)!, result.Counts, parse.GetValue(threshold), RiskModel.Name, HouseholdFile.IsSynthetic(connection),
                evaluation: result.Evaluation);
            RiskReport.Write(stdout, result.Evaluation);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scored {result.Scored:N0} households; {result.Counts.Sum(c => c.AtRiskHouseholds):N0} at risk (≥ {parse.GetValue(threshold):0.00}) in {result.Counts.Count} counties; run {runId}, snapshot {snapshot}; model {modelPath}"));
            return 0;
        })));
        return command;
    }

    private static Command Visits(TextWriter stdout, TextWriter stderr)
    {
        var households = HouseholdsOption();
        var township = new Option<string>("--township") { Description = "9-digit township code", Required = true };
        var top = new Option<int>("--top") { Description = "visit capacity", DefaultValueFactory = _ => 20 };
        var output = new Option<string>("--out") { Description = "CSV to write", Required = true };
        var model = new Option<string?>("--model") { Description = "model saved by score (default: beside the household file)" };
        var enrolled = new Option<bool>("--include-enrolled") { Description = "also list households already on dibao" };
        var command = new Command("visits", $"A township's pseudonymised visit list (needs {Pseudonymiser.KeyVariable})")
        {
            households, township, top, output, model, enrolled,
        };
        command.SetAction((parse, ct) => Task.FromResult(Guard(stderr, () =>
        {
            if (Pseudonymiser.FromEnvironment() is not { } pseudonymiser)
            {
                stderr.WriteLine($"error: set {Pseudonymiser.KeyVariable} to the bureau's pseudonym key (at least {Pseudonymiser.MinimumKeyBytes} bytes); there is no default key");
                return 2;
            }

            var file = parse.GetValue(households)!;
            using var connection = HouseholdFile.Open(file, readOnly: true);
            var riskModel = RiskModel.Load(parse.GetValue(model) ?? ModelPath(file));
            var visits = VisitList.Build(connection, riskModel, pseudonymiser, parse.GetValue(township)!, parse.GetValue(top), parse.GetValue(enrolled), ct);
            using (var writer = new StreamWriter(parse.GetValue(output)!))
            {
                VisitList.WriteCsv(writer, visits, HouseholdFile.IsSynthetic(connection));
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {visits.Count} visits to {parse.GetValue(output)}"));
            return 0;
        })));
        return command;
    }

    /// <summary>The default model path: <c>households.duckdb</c> → <c>households.risk-model.zip</c>.</summary>
    public static string ModelPath(string householdFile) => Path.ChangeExtension(householdFile, ".risk-model.zip");

    private static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Guard(TextWriter stderr, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (e is IOException or DuckDBException or FormatException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}

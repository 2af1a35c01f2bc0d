using Analytics.Terminal;
using System.Globalization;
using Analytics.Warehouse;
using Spectre.Console;

namespace Analytics.Models.Households;

/// <summary>Prints the held-out evaluation: the model against the rule baseline.</summary>
public static class RiskReport
{
    public static void Write(TextWriter writer, RiskEvaluation e)
    {
        var table = new Table().Title(string.Create(CultureInfo.InvariantCulture,
                $"风险模型 at-risk model, held-out {e.Households:N0} households ({e.Positives:N0} at risk)"))
            .AddColumns("", "ROC-AUC", "PR-AUC", $"precision@{e.K}", "ECE");
        table.AddRow(RiskModel.Name, F(e.RocAuc), F(e.PrAuc), F(e.PrecisionAtK), F(e.CalibrationError));
        table.AddRow("规则 rule baseline", F(e.RuleRocAuc), F(e.RulePrAuc), F(e.RulePrecisionAtK), "—");
        Consoles.For(writer).Write(table);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}

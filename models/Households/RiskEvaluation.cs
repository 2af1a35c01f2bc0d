namespace Analytics.Models.Households;

/// <summary>
/// The classifier against the rule baseline on held-out households: ROC-AUC, PR-AUC, precision in
/// the top <see cref="K"/> (a township's visit capacity), and the calibration error of the risk
/// (expected calibration error over ten equal-width bins).
/// </summary>
public sealed record RiskEvaluation(
    int Households,
    int Positives,
    int K,
    double RocAuc,
    double PrAuc,
    double PrecisionAtK,
    double CalibrationError,
    double RuleRocAuc,
    double RulePrAuc,
    double RulePrecisionAtK);

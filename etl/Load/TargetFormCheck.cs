using System.Globalization;
using Analytics.Warehouse.Catalog;
using Analytics.Warehouse.Targets;

namespace Analytics.Etl.Load;

/// <summary>A target's form once checked: comparator, threshold(s), basis and what it is relative to.</summary>
public sealed record TargetForm(TargetComparator Comparator, decimal Threshold, decimal? ThresholdHigh, TargetBasis Basis, string? Of, int? Lag);

/// <summary>
/// Checks that a target's form makes sense for its indicator: a percent basis only for a rate, a
/// ratio or share against a known indicator of the same unit, a share within 0–100%, a base share
/// of a per-person standard against a known economic base, a range whose low end is not above its high.
/// </summary>
internal sealed class TargetFormCheck(IndicatorCatalog catalog)
{
    // A base year further back than this is not what any published rule says (they say 上年度).
    private const int MaxLag = 5;

    private static readonly string Bases = string.Join(", ", TargetBases.All.Select(b => b.ToSql()));

    public (TargetForm? Form, string? Error) Check(
        Indicator indicator, string comparatorText, string thresholdText, string highText, string basisText, string of, string lagText)
    {
        if (!TargetComparators.TryParse(comparatorText, out var comparator))
        {
            return Fail($"comparator '{comparatorText}' is not >=, <=, = or range");
        }

        if (!Cells.TryDecimal(thresholdText, out var threshold))
        {
            return Fail($"threshold '{thresholdText}' is not a number");
        }

        decimal? high = null;
        if (comparator == TargetComparator.Range)
        {
            if (!Cells.TryDecimal(highText, out var h))
            {
                return Fail(highText.Length == 0 ? "a range needs threshold_high" : $"threshold_high '{highText}' is not a number");
            }

            if (threshold > h)
            {
                return Fail(Invariant($"range low {threshold} > high {h}"));
            }

            high = h;
        }
        else if (highText.Length > 0)
        {
            return Fail("threshold_high is only for comparator range");
        }

        if (!TargetBases.TryParse(basisText, out var basis))
        {
            return Fail($"basis '{basisText.ToLowerInvariant()}' is not one of {Bases}");
        }

        if ((basis == TargetBasis.Percent) != (indicator.Unit == "percent"))
        {
            return Fail($"basis {basis.ToSql()} does not fit {indicator.Code}, measured in {indicator.Unit}");
        }

        if (basis == TargetBasis.Share && (threshold < 0 || (high ?? threshold) > 100))
        {
            return Fail(Invariant($"a share threshold is a percentage: {threshold} is outside 0-100"));
        }

        var (relative, relativeError) = Relative(indicator, basis, of);
        if (relativeError is not null)
        {
            return Fail(relativeError);
        }

        int? lag = null;
        if (lagText.Length > 0)
        {
            if (basis != TargetBasis.BaseShare)
            {
                return Fail("lag is only for basis base_share");
            }

            if (!int.TryParse(lagText, NumberStyles.None, CultureInfo.InvariantCulture, out var l) || l > MaxLag)
            {
                return Fail(Invariant($"lag '{lagText}' is not a whole number of years from 0 to {MaxLag}"));
            }

            lag = l;
        }
        else if (basis == TargetBasis.BaseShare)
        {
            lag = 0;
        }

        return (new TargetForm(comparator, threshold, high, basis, relative, lag), null);
    }

    private (string? Of, string? Error) Relative(Indicator indicator, TargetBasis basis, string of)
    {
        if (basis.NeedsIndicator())
        {
            var name = basis.ToSql();
            if (of.Length == 0)
            {
                return (null, $"a {name} needs the indicator it is taken of (column of)");
            }

            if (!catalog.TryGet(of, out var other))
            {
                return (null, $"{name} of {indicator.Code} names unknown indicator '{of}'");
            }

            if (other.Code == indicator.Code)
            {
                return (null, $"{name} of {indicator.Code} is taken of itself");
            }

            return other.Unit == indicator.Unit
                ? (other.Code, null)
                : (null, $"{name} of {indicator.Code} in {other.Code}: the parts are in different units ({indicator.Unit}, {other.Unit})");
        }

        if (basis == TargetBasis.BaseShare)
        {
            if (!EconomicBases.TryParse(of, out var economic))
            {
                return (null, of.Length == 0 ? "a base_share needs its economic base (column of)" : $"unknown economic base '{of}'");
            }

            // The bases are yuan per person per year; a per-person monthly standard compares as twelve months.
            return indicator.Unit == "yuan_per_person_month"
                ? (economic.ToSql(), null)
                : (null, $"base_share compares a per-person standard with {economic.ToSql()}; {indicator.Code} is in {indicator.Unit}");
        }

        return of.Length == 0 ? (null, null) : (null, $"of is only for basis ratio, share or base_share, not {basis.ToSql()}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static (TargetForm?, string?) Fail(string reason) => (null, reason);
}

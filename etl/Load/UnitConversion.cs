using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Load;

/// <summary>
/// Turns the unit a table states into the factor to the indicator's canonical unit, the way the
/// extractor does for prose: the canonical code or its Chinese name is 1, measure words come from
/// units.csv (元 for a 万元 indicator is 1/10000), and 万/亿 prefixes multiply (亿元 → 10000 万元).
/// Monthly standards also accept yearly figures (元/年 is 1/12).
/// </summary>
public static class UnitConversion
{
    public static decimal? Factor(UnitTable units, Indicator indicator, string unit)
    {
        unit = unit.Trim();
        if (unit.Length == 0)
        {
            return null;
        }

        if (unit == indicator.Unit || (units.NamesZh.TryGetValue(indicator.Unit, out var zh) && unit == zh))
        {
            return 1m;
        }

        if (units.Factor(indicator.Unit, unit) is { } direct)
        {
            return direct;
        }

        if (indicator.Unit == "yuan_per_person_month")
        {
            var perYear = unit is "元/年" or "元/人·年" or "元/人/年" or "元/人年";
            var perMonth = unit is "元/月" or "元/人/月" or "元/人月";
            return perYear ? 1m / 12m : perMonth ? 1m : null;
        }

        var multiplier = unit[0] switch
        {
            '十' => 10m,
            '百' => 100m,
            '千' => 1000m,
            '万' => 10000m,
            '亿' => 100000000m,
            _ => 0m,
        };
        return multiplier > 0 && unit.Length > 1 && units.Factor(indicator.Unit, unit[1..]) is { } measure
            ? multiplier * measure
            : null;
    }
}

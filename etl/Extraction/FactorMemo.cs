using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// <see cref="UnitTable.Factor"/> remembered per (unit, measure) pair. The binder asks whether a unit
/// fits a figure's measure for nearly every mention before the figure, about 2.4 times per figure, and
/// each question to the table is two string-keyed dictionary lookups. Here a slot picked from a few
/// characters and the lengths of the pair holds the last pair asked there (compared by content, so
/// equal strings from different rows share it); a miss asks the table and takes the slot. Safe to share
/// between threads: a slot is replaced by a new immutable entry, never written in part.
/// </summary>
internal sealed class FactorMemo(UnitTable units)
{
    private const int Slots = 1024;

    private readonly Entry?[] slots = new Entry?[Slots];

    public decimal? Factor(string unit, string measure)
    {
        var slot = Slot(unit, measure);
        var entry = slots[slot];
        if (entry is not null && string.Equals(entry.Measure, measure, StringComparison.Ordinal)
            && string.Equals(entry.Unit, unit, StringComparison.Ordinal))
        {
            return entry.Factor;
        }

        var factor = units.Factor(unit, measure);
        slots[slot] = new Entry(unit, measure, factor);
        return factor;
    }

    public UnitTable Units => units;

    public bool Fits(string unit, string measure) => Factor(unit, measure) is not null;

    private static int Slot(string unit, string measure)
    {
        var u = unit.Length == 0 ? 0 : (unit.Length * 7) + (unit[0] * 3) + unit[^1] + (unit[unit.Length / 2] * 5);
        var m = measure.Length == 0 ? 0 : measure[0] + (measure.Length * 17) + (measure[^1] * 3);
        return ((u * 31) + m) & (Slots - 1);
    }

    private sealed record Entry(string Unit, string Measure, decimal? Factor);
}

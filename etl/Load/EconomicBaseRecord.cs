using Analytics.Warehouse.Targets;

namespace Analytics.Etl.Load;

/// <summary>An economic base of one region in one year (yuan per person per year), e.g. per-capita consumption expenditure.</summary>
public readonly record struct EconomicBaseRecord(string RegionCode, int Year, EconomicBase Base, decimal Value, int SourceRow, bool Synthetic);

using Analytics.Warehouse.Catalog;

namespace Analytics.Etl.Extraction;

/// <summary>
/// Indicators of one subject counted in another measure: the money of a head count (dibao_persons →
/// dibao_payments, tekun_persons → tekun_payments, temp_relief_cases ↔ temp_relief_payments: one code
/// stem, one family, exactly one of each), the standard of a head count's subject (dibao_persons →
/// dibao_standard), the flow that adds to a stock (elderly_beds → elderly_beds_added), and the spending that
/// answers a raising (charity_raised → charity_spent). Read off the catalog, so that a new subject with a count and a sum needs no code.
/// </summary>
internal sealed class Siblings
{
    private static readonly HashSet<string> HeadCountUnits = new(["persons", "households", "person_times"], StringComparer.Ordinal);

    private readonly Dictionary<string, Indicator> moneyOfCount = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> countOfMoney = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> standardOfCount = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> flowOfStock = new(StringComparer.Ordinal);

    public Siblings(IndicatorCatalog catalog)
    {
        foreach (var count in catalog.Indicators.Where(i => HeadCountUnits.Contains(i.Unit)))
        {
            var money = catalog.Indicators.Where(i => i.Unit == "wan_yuan" && i.Family == count.Family && Stem(i.Code) == Stem(count.Code)).ToList();
            if (money.Count == 1)
            {
                moneyOfCount[count.Code] = money[0];
            }
        }

        foreach (var money in catalog.Indicators.Where(i => i.Unit == "wan_yuan"))
        {
            var counts = catalog.Indicators.Where(i => HeadCountUnits.Contains(i.Unit) && i.Family == money.Family && Stem(i.Code) == Stem(money.Code)).ToList();
            if (counts.Count == 1)
            {
                countOfMoney[money.Code] = counts[0];
            }
        }

        foreach (var count in catalog.Indicators.Where(i => HeadCountUnits.Contains(i.Unit)))
        {
            var standards = catalog.Indicators.Where(i => i.IsStandard && i.Family == count.Family && Stem(i.Code) == Stem(count.Code)).ToList();
            if (standards.Count == 1)
            {
                standardOfCount[count.Code] = standards[0];
            }
        }

        foreach (var stock in catalog.Indicators.Where(i => i.Kind == "stock"))
        {
            if (catalog.Indicators.FirstOrDefault(i => i.IsFlow && i.Unit == stock.Unit && i.Code == stock.Code + "_added") is { } flow)
            {
                flowOfStock[stock.Code] = flow;
            }
        }

        Spent = catalog.Indicators.FirstOrDefault(i => i.Code == "charity_spent");
        Raised = catalog.Indicators.FirstOrDefault(i => i.Code == "charity_raised");
        Relief = catalog.Indicators.FirstOrDefault(i => i.Code == "charity_relief_funds");
    }

    /// <summary>The money indicator of a head count's subject, or null.</summary>
    public Indicator? MoneyOf(Indicator count) => moneyOfCount.GetValueOrDefault(count.Code);

    /// <summary>The head-count indicator of a money indicator's subject, or null.</summary>
    public Indicator? CountOf(Indicator money) => countOfMoney.GetValueOrDefault(money.Code);

    /// <summary>The standard of a head count's subject ("城镇低保从870元/月提高到910元/月" is the dibao standard), or null.</summary>
    public Indicator? StandardOf(Indicator count) => standardOfCount.GetValueOrDefault(count.Code);

    /// <summary>The flow that adds to a stock, by the catalog's naming (elderly_beds → elderly_beds_added), or null.</summary>
    public Indicator? FlowOf(Indicator stock) => flowOfStock.GetValueOrDefault(stock.Code);

    /// <summary>Charity money raised, which a following 支出/拨出 answers with <see cref="Spent"/>.</summary>
    public Indicator? Raised { get; }

    public Indicator? Spent { get; }

    /// <summary>Charity relief money, which a spending verb right after its name ("慈善救助资金支出…") makes <see cref="Spent"/>.</summary>
    public Indicator? Relief { get; }

    /// <summary>The stem of a code, which names its subject: dibao for dibao_persons and dibao_payments.</summary>
    public static string Stem(string code) => code[..Math.Max(0, code.LastIndexOf('_'))];

    /// <summary>Whether two indicators are of one subject (their codes share a stem).</summary>
    public static bool SameSubject(Indicator a, Indicator b) => Stem(a.Code) == Stem(b.Code);
}

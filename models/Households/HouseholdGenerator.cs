using System.Globalization;
using Analytics.Warehouse.Regions;

namespace Analytics.Models.Households;

/// <summary>
/// Synthetic households for demos, tests and benchmarks (real rosters are personal and never leave
/// a bureau). Deterministic: the same seed, count, date and gazetteer give the same households.
/// See models/Households/README.md for the distributions and the ground truth.
/// </summary>
public sealed class HouseholdGenerator
{
    private const double LabelNoise = 0.03;

    private readonly int seed;
    private readonly double[] cumulativeShare;

    public HouseholdGenerator(Gazetteer gazetteer, int seed, DateOnly asOf)
    {
        this.seed = seed;
        AsOf = asOf;
        var rng = new Random(seed);
        Regions = [.. gazetteer.Regions
            .Where(r => r.Level == RegionLevel.County && r.IsCurrent)
            .Select(r => Profile(r, rng))];
        if (Regions.Count == 0)
        {
            throw new InvalidOperationException("the gazetteer holds no current county");
        }

        // Counties differ in size: a share between 0.5 and 1.5 of the average.
        var shares = Regions.Select(_ => 0.5 + rng.NextDouble()).ToArray();
        var total = shares.Sum();
        var running = 0.0;
        cumulativeShare = [.. shares.Select(s => running += s / total)];
    }

    /// <summary>The date the roster describes: assistance status follows the standard in force then.</summary>
    public DateOnly AsOf { get; }

    public IReadOnlyList<RegionProfile> Regions { get; }

    /// <summary>Every household, in id order (ids 1..count).</summary>
    public IEnumerable<Household> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var rng = new Random(unchecked((seed * 7919) + 104_729));
        var standards = Regions.Select(r => (double)r.StandardOn(AsOf)).ToArray();
        for (var id = 1L; id <= count; id++)
        {
            var index = Array.BinarySearch(cumulativeShare, rng.NextDouble());
            index = Math.Min(index < 0 ? ~index : index, Regions.Count - 1);
            yield return One(id, Regions[index], standards[index], rng);
        }
    }

    private static RegionProfile Profile(Region region, Random rng)
    {
        var zhejiang = region.ProvinceCode == "330000";
        // Per-capita monthly income medians (yuan) in the range of county figures for the two provinces.
        var median = (zhejiang ? 3200 : 2800) + (1400 * rng.NextDouble());
        var edge = zhejiang ? 1.5 : (rng.NextDouble() < 0.5 ? 1.5 : 2.0);
        var townships = Enumerable.Range(1, 5 + rng.Next(11))
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{region.Code}{100 + t:D3}"))
            .ToList();
        // Standards raised every 1 July, 2019–2025, by 4–9% a year, rounded to 10 yuan.
        var standard = (zhejiang ? 760.0 : 640.0) + (220 * rng.NextDouble());
        var history = new List<StandardPeriod>();
        for (var year = 2019; year <= 2025; year++)
        {
            history.Add(new StandardPeriod(region.Code, new DateOnly(year, 7, 1), (decimal)(Math.Round(standard / 10) * 10)));
            standard *= 1.04 + (0.05 * rng.NextDouble());
        }

        return new RegionProfile(region.Code, median, edge, townships, history);
    }

    private static Household One(long id, RegionProfile region, double standard, Random rng)
    {
        var members = Pick(rng, [0.20, 0.30, 0.25, 0.15, 0.07, 0.03]) + 1;
        var headAge = members <= 2 ? 35 + rng.Next(53) : 26 + rng.Next(45);
        var elderly = headAge >= 60 ? 1 : 0;
        var children = 0;
        if (members >= 2 && headAge >= 57 && rng.NextDouble() < 0.85)
        {
            elderly++;
        }

        for (var m = 2; m < members; m++)
        {
            var draw = rng.NextDouble();
            if (headAge < 55)
            {
                if (draw < 0.7)
                {
                    children++;
                }
                else if (draw < 0.9)
                {
                    elderly++;
                }
            }
            else if (draw < 0.35)
            {
                children++;
            }
        }

        var working = members - children - elderly;
        var disabled = Binomial(rng, members - elderly, 0.02) + Binomial(rng, elderly, 0.07);
        var chronic = Binomial(rng, elderly, 0.35) + Binomial(rng, working, 0.06) + Binomial(rng, children, 0.02);
        var disabledWorking = Math.Min(disabled, working);
        var employed = Binomial(rng, working - disabledWorking, 0.84) + Binomial(rng, disabledWorking, 0.3);

        // Income: wages of the employed, pensions of the elderly (rural pensions can be a few
        // hundred yuan), and a little other income. Lognormal, located by the county median.
        var income = 0.0;
        for (var e = 0; e < employed; e++)
        {
            income += LogNormal(rng, region.MedianIncome * 1.8, 0.45);
        }

        for (var e = 0; e < elderly; e++)
        {
            income += LogNormal(rng, region.MedianIncome * 0.75, 0.7);
        }

        income += LogNormal(rng, region.MedianIncome * 0.15, 0.9);

        var medical = LogNormal(rng, 600, 0.6);
        for (var c = 0; c < chronic; c++)
        {
            medical += LogNormal(rng, 5000, 0.8);
        }

        medical += disabled * LogNormal(rng, 2500, 0.7);
        var education = 0.0;
        for (var c = 0; c < children; c++)
        {
            // Compulsory schooling costs little; senior high school and college cost a lot.
            education += rng.NextDouble() < 0.25 ? LogNormal(rng, 12_000, 0.5) : LogNormal(rng, 1500, 0.5);
        }

        var perCapita = income / members;
        var housing = (Housing)Pick(rng, perCapita < standard * 1.5 ? [0.55, 0.20, 0.12, 0.13] : [0.74, 0.19, 0.04, 0.03]);

        // The year since the means test: some households meet a shock (illness, job loss) that
        // the roster does not show yet. Its odds follow what the roster does show.
        var shockOdds = 1 - ((1 - 0.01) * (chronic > 0 ? 0.7 : 1) * (disabled > 0 ? 0.75 : 1)
            * (employed == 0 && working > 0 ? 0.7 : 1) * (headAge >= 70 ? 0.9 : 1)
            * (housing == Housing.Dilapidated ? 0.75 : 1) * (employed == 1 && members >= 4 ? 0.85 : 1));
        var shocked = rng.NextDouble() < shockOdds;
        var trueIncome = income * (shocked ? 0.15 + (0.45 * rng.NextDouble()) : LogNormal(rng, 1, 0.12));
        var trueMedical = medical * (shocked && chronic + disabled > 0 ? LogNormal(rng, 2.5, 0.3) : 1);

        // Ground truth from the policy rules: below the edge line (1.5–2× the standard, which
        // includes the dibao line), or 支出型贫困 (income net of rigid medical and education spending
        // below the standard); then label noise, since a visit's verdict is not always right.
        var truePerCapita = trueIncome / members;
        var net = (trueIncome - ((trueMedical + education) / 12)) / members;
        var atRisk = truePerCapita < standard * region.EdgeMultiplier || net < standard;
        if (rng.NextDouble() < LabelNoise)
        {
            atRisk = !atRisk;
        }

        // Assistance follows the roster's figures with imperfect take-up.
        var rosterNet = (income - ((medical + education) / 12)) / members;
        var draw2 = rng.NextDouble();
        var assistance = perCapita < standard ? (draw2 < 0.72 ? Assistance.Dibao : Assistance.None)
            : perCapita < standard * region.EdgeMultiplier ? (draw2 < 0.5 ? Assistance.Edge : Assistance.None)
            : rosterNet < standard ? (draw2 < 0.35 ? Assistance.Edge : Assistance.None)
            : draw2 < 0.002 ? Assistance.Dibao : Assistance.None;

        return new Household(
            id, region.RegionCode, region.Townships[rng.Next(region.Townships.Count)], members, headAge, children, elderly,
            disabled, chronic, employed, housing, Math.Round(income, 2), Math.Round(medical, 2), Math.Round(education, 2),
            assistance, atRisk);
    }

    private static int Pick(Random rng, ReadOnlySpan<double> weights)
    {
        var draw = rng.NextDouble();
        for (var i = 0; i < weights.Length - 1; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static int Binomial(Random rng, int n, double p)
    {
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            k += rng.NextDouble() < p ? 1 : 0;
        }

        return k;
    }

    private static double LogNormal(Random rng, double median, double sigma)
    {
        // Box–Muller; 1 - NextDouble() keeps the logarithm finite.
        var z = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        return median * Math.Exp(sigma * z);
    }
}

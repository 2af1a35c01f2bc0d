namespace Analytics.Warehouse.Demo;

/// <summary>
/// The synthetic history of one county: population, then one series per indicator the model
/// knows, each built on the ones before it (payments from recipients times the standard, beds
/// from beds per 1,000 aged residents, ...). A null year is one where the indicator makes no
/// sense yet (township social-work stations before 2020, extreme-poverty support before the 2016
/// reform). The trends follow the direction of the real programmes; every figure is invented.
/// </summary>
internal sealed class CountySeries
{
    private readonly Dictionary<string, double?[]> series = new(StringComparer.Ordinal);
    private readonly DemoRandom rng;

    // Series added after the first demo draw from their own stream, so the older series keep their values.
    private readonly DemoRandom later;
    private readonly int baseYear;
    private readonly int count;
    private readonly double wealth;
    private readonly double drive;

    public CountySeries(int seed, string regionCode, bool isDistrict, bool isZhejiang, int baseYear, int lastYear)
    {
        this.baseYear = baseYear;
        count = lastYear - baseYear + 1;
        var profile = new DemoRandom(seed, regionCode, "profile");
        rng = new DemoRandom(seed, regionCode, "series");
        later = new DemoRandom(seed, regionCode, "series-2");

        // Wealth lifts standards, charity and lottery; drive (how hard the bureau pushes) lifts the
        // assessed ratios, so that targets separate counties rather than all passing or all failing.
        wealth = Math.Exp(0.2 * profile.Normal()) * (isZhejiang ? 1.08 : 1.0);
        drive = Math.Clamp(profile.Normal(), -2.0, 2.0);
        var residents0 = Math.Clamp(Math.Exp(Math.Log(isDistrict ? 650_000 : 520_000) + (0.45 * profile.Normal())), 120_000, 2_400_000);
        var growth = isDistrict ? profile.Uniform(0.0, 0.025) : profile.Uniform(-0.006, 0.012);
        var aged0 = profile.Uniform(0.15, 0.26);
        var ageing = profile.Uniform(0.004, 0.009);
        Residents = Build(k => Math.Round(residents0 * Math.Pow(1 + growth, k) / 100) * 100);
        Aged = Build(k => Math.Round(Residents[k] * Math.Min(0.4, aged0 + (ageing * k))));

        // Per-capita consumption expenditure of all residents, yuan a year: about 23,000 in 2014 in
        // Zhejiang and 18,000 in Jiangsu, richer counties spending more, growing 6-8 % a year.
        var economy = new DemoRandom(seed, regionCode, "economy");
        var spending = (isZhejiang ? 16_000.0 : 13_500.0) * Math.Pow(wealth, 0.7) * economy.Uniform(0.9, 1.1);
        var spendingGrowth = economy.Uniform(0.06, 0.08);
        Consumption = Build(k => Math.Round(spending * Math.Pow(1 + spendingGrowth, k) / 10) * 10);
        HasResettlers = !isDistrict && profile.Chance(0.3);
        Standards(isZhejiang);
        Assistance();
        ElderlyCare();
        Burial();
        SocialWork();
        Charity();
        SocialAffairs();
    }

    public double[] Residents { get; }

    public double[] Aged { get; }

    /// <summary>全体居民人均消费支出 by year (yuan per person per year): the economic base of the dibao target.</summary>
    public double[] Consumption { get; }

    /// <summary>The consumption expenditure of <paramref name="year"/>, or null outside the series.</summary>
    public double? ConsumptionIn(int year) => year - baseYear is var k && k >= 0 && k < count ? Consumption[k] : null;

    public bool HasResettlers { get; }

    /// <summary>The value of <paramref name="indicator"/> in <paramref name="year"/>, or null where it does not apply.</summary>
    public double? Value(string indicator, int year) =>
        series.TryGetValue(indicator, out var s) && year - baseYear is var k && k >= 0 && k < count ? s[k] : null;

    public bool Knows(string indicator) => series.ContainsKey(indicator);

    private int Year(int k) => baseYear + k;

    private double[] Build(Func<int, double> at)
    {
        var values = new double[count];
        for (var k = 0; k < count; k++)
        {
            values[k] = at(k);
        }

        return values;
    }

    private double?[] Add(string indicator, Func<int, double?> at)
    {
        var values = new double?[count];
        for (var k = 0; k < count; k++)
        {
            values[k] = at(k);
        }

        series[indicator] = values;
        return values;
    }

    private double?[] From(int firstYear, string indicator, Func<int, double> at) =>
        Add(indicator, k => Year(k) >= firstYear ? at(k) : null);

    private double Get(string indicator, int k) => series[indicator][k] ?? 0;

    private void Standards(bool isZhejiang)
    {
        // Minimum living standards rise 5-8 % a year and never fall; counties set round figures.
        var standard = (isZhejiang ? 470.0 : 420.0) * (0.85 + (0.15 * wealth));
        var dibao = new double?[count];
        for (var k = 0; k < count; k++)
        {
            dibao[k] = Math.Round(standard / 5) * 5;
            standard *= 1 + rng.Uniform(0.05, 0.08);
        }

        series["dibao_standard"] = dibao;

        // Zhejiang sets the extreme-poverty standard at no less than 1.3 times dibao (since the 2016 reform).
        From(2016, "tekun_standard", k => Math.Round(Get("dibao_standard", k) * 1.3 / 5) * 5);
        var share = rng.Uniform(0.28, 0.34);
        Add("disability_living_subsidy", k => Math.Round(Get("dibao_standard", k) * share / 5) * 5);
    }

    private void Assistance()
    {
        var rate = rng.Uniform(0.008, 0.016) / Math.Sqrt(wealth);
        var fall = rng.Uniform(0.02, 0.06);
        Add("dibao_persons", k => Math.Round(Residents[k] * rate * Math.Pow(1 - fall, k) * rng.Noise(0.02)));
        var size = rng.Uniform(1.45, 1.75);
        Add("dibao_households", k => Math.Round(Get("dibao_persons", k) / size));
        var topUp = rng.Uniform(0.55, 0.75); // payments fill the gap to the standard, not the whole standard
        Add("dibao_payments", k => Math.Round(Get("dibao_persons", k) * Get("dibao_standard", k) * 12 * topUp * rng.Noise(0.03) / 100) / 100);
        var edge = rng.Uniform(0.06, 0.14);
        From(2017, "edge_payments", k => Math.Round(Get("dibao_payments", k) * edge * rng.Noise(0.1) * 100) / 100);

        var tekun = rng.Uniform(0.0012, 0.0025);
        From(2016, "tekun_persons", k => Math.Round(Residents[k] * tekun * Math.Pow(0.98, k) * rng.Noise(0.02)));
        From(2016, "tekun_payments", k => Math.Round(Get("tekun_persons", k) * Get("tekun_standard", k) * 12 * rng.Noise(0.03) / 100) / 100);

        var relief = rng.Uniform(0.002, 0.006);
        Add("temp_relief_cases", k => Math.Round(Residents[k] * relief * (Year(k) == 2020 ? 1.3 : 1.0) * rng.Noise(0.07)));
        var perCase = rng.Uniform(800, 2000);
        Add("temp_relief_payments", k => Math.Round(Get("temp_relief_cases", k) * perCase * rng.Noise(0.04) / 100) / 100);
        var visits = rng.Uniform(2.0, 6.0);
        From(2020, "relief_visits", k => Math.Round(Get("dibao_households", k) * visits * Math.Pow(1.1, Year(k) - 2020) * rng.Noise(0.08)));
    }

    private void ElderlyCare()
    {
        var perInstitution = rng.Uniform(2500, 5000);
        Add("elderly_institutions", k => Math.Max(3, Math.Round(Aged[k] / perInstitution * (1 + (0.02 * k)))));

        // Beds per 1,000 aged residents climb from the low 20s toward 50-60.
        var perThousand = rng.Uniform(22, 32) + (3 * drive);
        var climb = Math.Max(0.6, rng.Uniform(1.5, 3.0) + (0.4 * drive));
        double Beds(int k) => Aged[k] * Math.Min(65, perThousand + (climb * k)) / 1000;
        Add("elderly_beds", k => Math.Round(Beds(k) * rng.Noise(0.01)));
        // The nursing-type share of beds climbs from a fifth or a third toward 60-85 %: plans push it.
        var nursing0 = later.Uniform(0.15, 0.32) + (0.03 * drive);
        var nursingClimb = Math.Max(0.01, later.Uniform(0.018, 0.032) + (0.004 * drive));
        Add("nursing_beds", k => Math.Round(Get("elderly_beds", k) * Math.Clamp(nursing0 + (nursingClimb * k), 0.05, 0.9)));
        // Beds added: the growth of the trend plus replaced old beds, not the difference of noisy counts.
        var renewal = rng.Uniform(0.01, 0.03);
        Add("elderly_beds_added", k => Math.Round(((Math.Max(0, Beds(k) - Beds(Math.Max(0, k - 1))) * rng.Noise(0.1)) + (Beds(k) * renewal))));

        var towns = Math.Max(5, Math.Round(Residents[0] / rng.Uniform(20_000, 35_000)));
        Add("home_care_centers", k => Math.Round(towns * Math.Min(1.6, 0.4 + (0.12 * k)) * rng.Noise(0.03)));
        var meals = rng.Uniform(1.0, 2.5) + (0.3 * drive);
        Add("meal_points", k => Math.Max(1, Math.Round(Aged[k] / 1000 * Math.Max(0.1, meals * Math.Min(1.0, 0.1 + (0.09 * k))) * rng.Noise(0.04))));
        var retrofit = rng.Uniform(0.001, 0.004);
        From(2020, "aging_retrofit_households", k => Math.Round(Aged[k] * retrofit * Math.Pow(1.15, Year(k) - 2020) * rng.Noise(0.1)));
        var caregivers = rng.Uniform(0.0005, 0.0012);
        Add("caregivers_certified_added", k => Math.Round(Aged[k] * caregivers * (1 + (0.08 * k)) * rng.Noise(0.1)));
    }

    private void Burial()
    {
        // Rates approach their ceiling: eco-burial toward ~95 %, cemeteries toward full coverage.
        var eco0 = Math.Clamp(rng.Uniform(35, 65) + (5 * drive), 20, 80);
        var ecoSpeed = Math.Max(0.08, rng.Uniform(0.15, 0.3) + (0.03 * drive));
        Add("eco_burial_rate", k => Math.Round(Math.Min(99.5, (99 - ((99 - eco0) * Math.Exp(-ecoSpeed * k))) + (0.4 * rng.Normal())), 1));
        var cemetery0 = rng.Uniform(50, 85);
        var cemeterySpeed = rng.Uniform(0.15, 0.4);
        From(2016, "public_cemetery_coverage", k => Math.Round(Math.Min(100, 100 - ((100 - cemetery0) * Math.Exp(-cemeterySpeed * (Year(k) - 2016)))), 1));
        var cremation = rng.Uniform(98.5, 100);
        Add("cremation_rate", k => Math.Round(Math.Min(100, cremation + (0.05 * k) + (0.1 * rng.Normal())), 2));
        var deaths = rng.Uniform(0.0065, 0.0085);
        var reach = rng.Uniform(0.85, 0.98);
        Add("funeral_subsidy_persons", k => Math.Round(Residents[k] * deaths * (1 + (0.01 * k)) * reach * rng.Noise(0.03)));
        var perFuneral = rng.Uniform(1200, 2500);
        Add("funeral_subsidy_amount", k => Math.Round(Get("funeral_subsidy_persons", k) * perFuneral / 100) / 100);
    }

    private void SocialWork()
    {
        // Certified social workers per 10,000 residents: a few in 2010, about 15-25 by 2024.
        var per10k = Math.Max(0.5, rng.Uniform(1, 4) + (0.5 * drive));
        var climb = Math.Max(0.3, rng.Uniform(0.8, 1.8) + (0.2 * drive));
        Add("certified_social_workers", k => Math.Round(Residents[k] * (per10k + (climb * k)) / 10_000 * rng.Noise(0.02)));
        var retake = rng.Uniform(1.0, 1.3); // some who pass never register, so passes run above the growth of the stock
        Add("sw_exam_passed", k => Math.Round(Residents[k] * climb / 10_000 * retake * rng.Noise(0.08)));
        var community = rng.Uniform(10, 18) + drive;
        Add("community_workers", k => Math.Round(Residents[k] * (community + (0.3 * k)) / 10_000 * rng.Noise(0.02)));
        var towns = Math.Max(5, Math.Round(Residents[0] / rng.Uniform(20_000, 35_000)));
        From(2020, "social_work_stations", k => Math.Max(1, Math.Round(towns * (Year(k) switch { 2020 => 0.4, 2021 => 0.8, _ => 1.0 }))));
    }

    private void Charity()
    {
        var perHead = rng.Uniform(15, 60) * wealth;
        Add("charity_raised", k => Math.Round(Residents[k] * perHead * (Year(k) == 2020 ? 1.3 : 1.0) * Math.Pow(1.03, k) * rng.Noise(0.07) / 100) / 100);
        var spent = rng.Uniform(0.7, 0.95);
        Add("charity_spent", k => Math.Round(Get("charity_raised", k) * spent * rng.Noise(0.03) * 100) / 100);
        var relief = rng.Uniform(0.25, 0.45);
        Add("charity_relief_funds", k => Math.Round(Get("charity_spent", k) * relief * 100) / 100);
        var venture = rng.Uniform(1, 5);
        From(2015, "venture_philanthropy_funds", k => Math.Round(Residents[k] * venture * (1 + (0.1 * (Year(k) - 2015))) * rng.Noise(0.1) / 100) / 100);
        var perProject = rng.Uniform(5, 15);
        From(2015, "venture_philanthropy_projects", k => Math.Max(1, Math.Round(Get("venture_philanthropy_funds", k) / perProject)));
    }

    private void SocialAffairs()
    {
        var orgs = rng.Uniform(5, 9) + (0.5 * drive);
        Add("social_orgs_registered", k => Math.Round(Residents[k] * (orgs + (0.25 * k)) / 10_000 * rng.Noise(0.02)));
        // Fewer marriages every year; divorces drop once the 30-day cooling-off period starts in 2021.
        Add("marriage_registrations", k => Math.Round(Residents[k] * Math.Max(0.003, 0.0078 - (0.00028 * k)) * (Year(k) == 2020 ? 0.85 : 1.0) * rng.Noise(0.04)));
        Add("divorce_registrations", k => Math.Round(Residents[k] * (0.0028 + (0.00005 * k)) * (Year(k) >= 2021 ? 0.7 : 1.0) * rng.Noise(0.05)));
        if (HasResettlers)
        {
            var resettlers = rng.Uniform(0.005, 0.03);
            Add("migrant_subsidy_persons", k => Math.Round(Residents[0] * resettlers * Math.Pow(0.995, k)));
        }

        var lottery = rng.Uniform(30, 70) * wealth;
        Add("welfare_lottery_sales", k => Math.Round(Residents[k] * lottery * Math.Pow(1.03, k)
            * (Year(k) switch { 2015 => 0.8, 2020 => 0.75, _ => 1.0 }) * rng.Noise(0.06) / 100) / 100);
    }
}

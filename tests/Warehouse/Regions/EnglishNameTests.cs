using System.Text.RegularExpressions;
using Analytics.Warehouse.Regions;

namespace Analytics.Tests.Warehouse.Regions;

/// <summary>The English names of data/regions.csv: present, plain ASCII, typed like the Chinese name, and distinct.</summary>
public sealed partial class EnglishNameTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    [Fact]
    public void Every_region_has_an_ascii_english_name()
    {
        Assert.Equal(233, Gazetteer.Regions.Count);
        Assert.All(Gazetteer.Regions, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.NameEn), r.Code);
            Assert.True(r.NameEn.All(char.IsAscii), $"{r.Code} {r.NameEn}");
            Assert.Equal(r.NameEn.Trim(), r.NameEn);
            Assert.Matches(WordsPattern(), r.NameEn);
        });
    }

    [Fact]
    public void The_type_in_english_follows_the_chinese_name()
    {
        foreach (var r in Gazetteer.Regions)
        {
            var expected = r.Level switch
            {
                RegionLevel.County when r.Name.EndsWith("自治县", StringComparison.Ordinal) => " Autonomous County",
                RegionLevel.County when r.Name.EndsWith('区') => " District",
                RegionLevel.County when r.Name.EndsWith('县') => " County",
                RegionLevel.County when r.Name.EndsWith('市') => " City",
                _ => null, // provinces and prefecture-level cities go bare: Zhejiang, Hangzhou
            };
            if (expected is null)
            {
                Assert.DoesNotContain(' ', r.NameEn);
            }
            else
            {
                Assert.EndsWith(expected, r.NameEn, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Apostrophes_separate_only_syllables_that_start_with_a_o_or_e()
    {
        var withApostrophe = Gazetteer.Regions.Where(r => r.NameEn.Contains('\'', StringComparison.Ordinal)).ToList();
        Assert.All(withApostrophe, r => Assert.Matches("^[A-Za-z]+'[aoe][a-z]*( |$)", r.NameEn));
        Assert.Equal(
            ["320202", "320621", "320685", "320800", "320803", "330112", "330127", "330185", "330381", "330727"],
            withApostrophe.Select(r => r.Code));
    }

    [Fact]
    public void Names_repeat_within_a_province_only_where_the_chinese_names_do()
    {
        foreach (var province in Gazetteer.Regions.GroupBy(r => r.ProvinceCode, StringComparer.Ordinal))
        {
            foreach (var same in province.GroupBy(r => r.NameEn, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Assert.Single(same.Select(r => r.Name).Distinct(StringComparer.Ordinal));
            }

            foreach (var same in province.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Assert.Single(same.Select(r => r.NameEn).Distinct(StringComparer.Ordinal));
            }
        }

        var repeated = Gazetteer.Regions.GroupBy(r => r.NameEn, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => (g.Key, string.Join(" ", g.Select(r => r.Code)))).Order().ToList();
        Assert.Equal([("Gulou District", "320106 320302"), ("Taizhou", "321200 331000")], repeated);
    }

    [Theory]
    [InlineData("330000", "Zhejiang")]
    [InlineData("320000", "Jiangsu")]
    [InlineData("330100", "Hangzhou")]
    [InlineData("330106", "Xihu District")]
    [InlineData("330127", "Chun'an County")]
    [InlineData("330212", "Yinzhou District")]
    [InlineData("330683", "Shengzhou City")]
    [InlineData("330702", "Wucheng District")]
    [InlineData("330782", "Yiwu City")]
    [InlineData("330800", "Quzhou")]
    [InlineData("330802", "Kecheng District")]
    [InlineData("330382", "Yueqing City")]
    [InlineData("330522", "Changxing County")]
    [InlineData("331000", "Taizhou")]
    [InlineData("331100", "Lishui")]
    [InlineData("331122", "Jinyun County")]
    [InlineData("331127", "Jingning She Autonomous County")]
    [InlineData("320116", "Luhe District")]
    [InlineData("320117", "Lishui District")]
    [InlineData("320203", "Nanchang District")]
    [InlineData("320324", "Suining County")]
    [InlineData("320382", "Pizhou City")]
    [InlineData("320800", "Huai'an")]
    [InlineData("320830", "Xuyi County")]
    [InlineData("321003", "Hanjiang District")]
    [InlineData("321183", "Jurong City")]
    [InlineData("321200", "Taizhou")]
    [InlineData("321324", "Sihong County")]
    [InlineData("320614", "Haimen District")]
    [InlineData("320684", "Haimen City")]
    public void Known_codes_carry_their_english_names(string code, string nameEn) =>
        Assert.Equal(nameEn, Gazetteer.ByCode(code)?.NameEn);

    [Fact]
    public void Load_rejects_a_region_without_an_english_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"regions-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path,
                "code,name,short_name,name_en,level,parent_code,province_code,valid_until\n" +
                "330000,浙江省,浙江,Zhejiang,province,,330000,\n" +
                "330100,杭州市,杭州,,city,330000,330000,\n");
            var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(path));
            Assert.Contains("杭州市", error.Message, StringComparison.Ordinal);
            Assert.Contains("name_en", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Capitalised words of letters and apostrophes, single spaces between.
    [GeneratedRegex("^[A-Z][a-z']*( [A-Z][a-z']*)*$")]
    private static partial Regex WordsPattern();
}

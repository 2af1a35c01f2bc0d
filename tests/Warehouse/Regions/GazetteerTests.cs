using Analytics.Warehouse.Regions;

namespace Analytics.Tests.Warehouse.Regions;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    [Fact]
    public void Codes_are_unique_six_digit_numbers()
    {
        var codes = Gazetteer.Regions.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
    }

    [Fact]
    public void Every_county_sits_under_a_city_of_its_own_province()
    {
        foreach (var county in Gazetteer.Regions.Where(r => r.Level == RegionLevel.County))
        {
            var parent = Gazetteer.ByCode(county.ParentCode ?? "");
            Assert.NotNull(parent);
            Assert.Equal(RegionLevel.City, parent.Level);
            Assert.Equal(county.ProvinceCode, parent.ProvinceCode);
            Assert.StartsWith(parent.Code[..4], county.Code, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("330000", 11, 85, 95)]
    [InlineData("320000", 13, 90, 100)]
    public void Each_province_has_a_plausible_number_of_current_divisions(
        string province, int cities, int minCounties, int maxCounties)
    {
        var current = Gazetteer.Regions.Where(r => r.ProvinceCode == province && r.IsCurrent).ToList();
        Assert.Single(current, r => r.Level == RegionLevel.Province);
        Assert.Equal(cities, current.Count(r => r.Level == RegionLevel.City));
        Assert.InRange(current.Count(r => r.Level == RegionLevel.County), minCounties, maxCounties);
    }

    [Theory]
    [InlineData("330000", "浙江省", RegionLevel.Province)]
    [InlineData("330100", "杭州市", RegionLevel.City)]
    [InlineData("330113", "临平区", RegionLevel.County)]
    [InlineData("330114", "钱塘区", RegionLevel.County)]
    [InlineData("330500", "湖州市", RegionLevel.City)]
    [InlineData("330683", "嵊州市", RegionLevel.County)]
    [InlineData("330802", "柯城区", RegionLevel.County)]
    [InlineData("330383", "龙港市", RegionLevel.County)]
    [InlineData("331083", "玉环市", RegionLevel.County)]
    [InlineData("331127", "景宁畲族自治县", RegionLevel.County)]
    [InlineData("320000", "江苏省", RegionLevel.Province)]
    [InlineData("320117", "溧水区", RegionLevel.County)]
    [InlineData("320118", "高淳区", RegionLevel.County)]
    [InlineData("320213", "梁溪区", RegionLevel.County)]
    [InlineData("320413", "金坛区", RegionLevel.County)]
    [InlineData("320582", "张家港市", RegionLevel.County)]
    [InlineData("320614", "海门区", RegionLevel.County)]
    [InlineData("320685", "海安市", RegionLevel.County)]
    [InlineData("320700", "连云港市", RegionLevel.City)]
    [InlineData("320812", "清江浦区", RegionLevel.County)]
    [InlineData("321300", "宿迁市", RegionLevel.City)]
    public void Known_codes_carry_their_names(string code, string name, RegionLevel level)
    {
        var region = Gazetteer.ByCode(code);
        Assert.NotNull(region);
        Assert.Equal(name, region.Name);
        Assert.Equal(level, region.Level);
    }

    [Theory]
    [InlineData("330103", "下城区", 2021)]
    [InlineData("330104", "江干区", 2021)]
    [InlineData("320802", "清河区", 2016)]
    [InlineData("320811", "清浦区", 2016)]
    public void Abolished_divisions_keep_their_code_and_the_year_they_ended(string code, string name, int year)
    {
        var region = Gazetteer.ByCode(code);
        Assert.NotNull(region);
        Assert.Equal(name, region.Name);
        Assert.Equal(year, region.ValidUntil);
        Assert.DoesNotContain(region, Gazetteer.Regions.Where(r => r.IsCurrent));
    }

    [Fact]
    public void Short_name_drops_the_suffix_only_when_two_characters_remain()
    {
        Assert.Equal("柯城", Gazetteer.ByCode("330802")!.ShortName);   // 柯城区 is listed
        Assert.Equal("嵊州", Gazetteer.ByCode("330683")!.ShortName);   // 嵊州市 is listed
        Assert.Equal("沛县", Gazetteer.ByCode("320322")!.ShortName);   // 沛 alone is too short
        foreach (var region in Gazetteer.Regions.Where(r => r.Level != RegionLevel.Province && r.Code != "331127"))
        {
            var stripped = region.Name.Length > 2 && "区市县".Contains(region.Name[^1], StringComparison.Ordinal)
                ? region.Name[..^1]
                : region.Name;
            Assert.Equal(stripped, region.ShortName);
        }
    }

    [Fact]
    public void Find_matches_full_and_short_names()
    {
        Assert.Equal(["330802"], Gazetteer.Find("柯城区").Select(r => r.Code));
        Assert.Equal(["330802"], Gazetteer.Find("柯城").Select(r => r.Code));
        Assert.Equal(["320106", "320302"], Gazetteer.Find("鼓楼区").Select(r => r.Code));
        Assert.Equal(["320800", "320803"], Gazetteer.Find("淮安").Select(r => r.Code));
        Assert.Empty(Gazetteer.Find("朝阳区"));
    }

    [Theory]
    [InlineData("柯城区", null, "330802")]
    [InlineData("嵊州", null, "330683")]
    [InlineData("鼓楼区", null, null)]
    [InlineData("鼓楼区", "320100", "320106")]
    [InlineData("鼓楼区", "320300", "320302")]
    [InlineData("鼓楼区", "320102", "320106")]
    [InlineData("鼓楼区", "330000", null)]
    [InlineData("淮安", null, null)]
    [InlineData("临安", null, "330112")]
    [InlineData("临安市", null, "330185")]
    [InlineData("苏州市", "330100", "320500")]
    [InlineData("朝阳区", null, null)]
    public void Resolve_picks_the_single_match_within_the_context(string name, string? context, string? expected) =>
        Assert.Equal(expected, Gazetteer.Resolve(name, context)?.Code);

    [Fact]
    public void Children_lists_the_divisions_directly_below()
    {
        Assert.Equal(11, Gazetteer.Children("330000").Count);
        Assert.Equal(
            ["330502", "330503", "330521", "330522", "330523"],
            Gazetteer.Children("330500").Select(r => r.Code));
    }

    [Fact]
    public void Mentions_prefer_the_full_name_in_a_title()
    {
        const string title = "嵊州市民政局2021年工作总结";
        var mention = Assert.Single(Gazetteer.FindMentions(title));
        Assert.Equal((0, 3, "嵊州市"), (mention.Start, mention.End, mention.Text));
        Assert.Equal("330683", Assert.Single(mention.Candidates).Code);
    }

    [Fact]
    public void Short_name_counts_when_followed_by_minzheng()
    {
        const string title = "区民政局：推进新时代柯城民政事业";
        var mention = Assert.Single(Gazetteer.FindMentions(title));
        Assert.Equal("柯城", mention.Text);
        Assert.Equal("柯城", title[mention.Start..mention.End]);
        Assert.Equal("330802", Assert.Single(mention.Candidates).Code);
    }

    [Theory]
    [InlineData("柯城的老人")]
    [InlineData("丽水的青田石和龙泉的宝剑")]
    public void Short_names_alone_are_not_mentions(string text) =>
        Assert.Empty(Gazetteer.FindMentions(text));

    [Fact]
    public void Mentions_run_left_to_right_without_overlap()
    {
        var mentions = Gazetteer.FindMentions("南京市鼓楼区、徐州市鼓楼区和张家港的低保标准");
        Assert.Equal(["南京市", "鼓楼区", "徐州市", "鼓楼区", "张家港"], mentions.Select(m => m.Text));
        Assert.Equal(2, mentions[1].Candidates.Count);
        for (var i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i].Start >= mentions[i - 1].End);
        }
    }

    [Fact]
    public void Load_rejects_a_county_whose_parent_is_missing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"regions-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path,
                "code,name,short_name,name_en,level,parent_code,province_code,valid_until\n" +
                "330000,浙江省,浙江,Zhejiang,province,,330000,\n" +
                "330802,柯城区,柯城,Kecheng District,county,330800,330000,\n");
            var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(path));
            Assert.Contains("330802", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

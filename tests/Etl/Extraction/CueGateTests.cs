using System.Reflection;
using Analytics.Etl.Extraction;

namespace Analytics.Tests.Etl.Extraction;

/// <summary>
/// A cue gate skips its regex for text holding none of the characters an alternative can start with.
/// An alternative that opens with a group or a class gives no such characters, and the gate then runs
/// its regex on every text: the extraction costs more without any test failing.
/// </summary>
public sealed class CueGateTests
{
    [Fact]
    public void Every_gate_of_the_extractor_knows_the_characters_its_cues_start_with()
    {
        var gates =
            from type in typeof(FactExtractor).Assembly.GetTypes()
            where type.Namespace == typeof(FactExtractor).Namespace
            from field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            where field.FieldType == typeof(CueGate)
            select (Name: $"{type.Name}.{field.Name}", Gate: (CueGate)field.GetValue(null)!);

        var list = gates.ToList();
        Assert.NotEmpty(list);
        Assert.Empty(list.Where(g => g.Gate.Leads is null).Select(g => $"{g.Name}: {g.Gate.Regex}"));
    }

    [Theory]
    [InlineData("新增|建设(?<!累计建设)(?![局厅])", "新建")]
    [InlineData("(?<!累计)建设", null)]
    [InlineData("[0-9]+人", null)]
    public void The_leads_are_the_first_characters_of_the_alternatives(string pattern, string? leads) =>
        Assert.Equal(leads, CueGate.FirstCharacters(pattern));
}

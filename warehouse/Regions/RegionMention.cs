namespace Analytics.Warehouse.Regions;

/// <summary>
/// A place name found in text: <c>[Start, End)</c> are character offsets into the searched
/// string, <see cref="Text"/> is the matched name, and <see cref="Candidates"/> the divisions it
/// may mean (鼓楼区 is in both 南京 and 徐州), ordered by code.
/// </summary>
public sealed record RegionMention(int Start, int End, string Text, IReadOnlyList<Region> Candidates);

namespace Analytics.Web.Pages;

/// <summary>
/// What the shared layout needs from every page: title, language, snapshot, whether anything shown is
/// synthetic, and whether an English page shows Chinese region names (a snapshot older than English names).
/// </summary>
public sealed record PageFrame(string Title, Lang Lang, string SnapshotId, bool Synthetic, string SwitchLanguageUrl, string Active, bool ChineseRegionNames = false);

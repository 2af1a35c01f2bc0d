namespace Analytics.Web.Pages;

/// <summary>What the shared layout needs from every page: title, language, snapshot and whether anything shown is synthetic.</summary>
public sealed record PageFrame(string Title, Lang Lang, string SnapshotId, bool Synthetic, string SwitchLanguageUrl, string Active);

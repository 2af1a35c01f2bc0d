using System.ComponentModel.DataAnnotations;

namespace Analytics.Web.Serving;

/// <summary>
/// Where the published snapshots live and the DuckDB limits every read connection runs under.
/// Bound from the <c>Warehouse</c> configuration section.
/// </summary>
public sealed class WarehouseOptions
{
    /// <summary>The snapshot folder (the one holding <c>CURRENT</c>).</summary>
    [Required]
    public string Snapshots { get; set; } = "";

    /// <summary>DuckDB <c>memory_limit</c> per snapshot database.</summary>
    [RegularExpression(@"^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$")]
    public string MemoryLimit { get; set; } = "512MB";

    /// <summary>DuckDB <c>threads</c>: small, since requests already run in parallel.</summary>
    [Range(1, 64)]
    public int Threads { get; set; } = 2;

    /// <summary>How often the snapshot watcher re-reads <c>CURRENT</c> besides file-system events.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

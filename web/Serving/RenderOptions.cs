using System.ComponentModel.DataAnnotations;

namespace Analytics.Web.Serving;

/// <summary>How many chart renders (PNG, SVG) run at once and how many may wait. Bound from <c>Render</c>.</summary>
public sealed class RenderOptions
{
    /// <summary>
    /// Renders at once: a 300 DPI PNG takes about 0.6 s of one core, so half the cores (at least one)
    /// render and the rest serve the pages.
    /// </summary>
    [Range(1, 64)]
    public int Concurrent { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Renders waiting for a turn; the next one is 503 with Retry-After.</summary>
    [Range(0, 1000)]
    public int Queue { get; set; } = 8;

    /// <summary>The longest a render waits for its turn before it is 503 too.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(5);
}

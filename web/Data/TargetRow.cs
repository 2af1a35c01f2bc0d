using Analytics.Warehouse.Targets;
using Analytics.Web.Scoring;

namespace Analytics.Web.Data;

/// <summary>
/// A target the province is assessed on, where it comes from (<see cref="Origin"/>), and whether it is synthetic.
/// </summary>
public sealed record TargetRow(ScoreTarget Target, TargetOrigin Origin, bool Synthetic)
{
    public TargetKind Kind => Origin.Kind;
}

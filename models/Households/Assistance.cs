namespace Analytics.Models.Households;

/// <summary>Current assistance: 低保 (dibao), 低保边缘 (edge) or none.</summary>
public enum Assistance
{
    None,
    Dibao,
    Edge,
}

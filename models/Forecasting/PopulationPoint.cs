namespace Analytics.Models.Forecasting;

/// <summary>A region's residents and residents aged 60+ in one year: the covariates of the global model.</summary>
public readonly record struct PopulationPoint(double Residents, double Aged60Plus)
{
    public double AgedShare => Residents > 0 ? Aged60Plus / Residents : double.NaN;
}

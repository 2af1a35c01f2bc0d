namespace Analytics.Models.Households;

/// <summary>Tenure of the household's home.</summary>
public enum Housing
{
    Owned,
    Rented,
    PublicRental,
    Dilapidated,
}

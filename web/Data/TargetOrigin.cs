using Analytics.Warehouse.Targets;

namespace Analytics.Web.Data;

/// <summary>
/// Provenance of a target as the targets file states it: official (document, issuer, number, date,
/// clause, exact wording, address) or example; whether the province inherits it from the national
/// plan; and the year the document sets it for (<see cref="Due"/>, null when it binds every year).
/// </summary>
public sealed record TargetOrigin(
    TargetKind Kind, bool Inherited, int? Due, string? Document, string? Issuer, string? DocNumber, string? Issued,
    string? Clause, string? Wording, string? Address, string? Note)
{
    /// <summary>An example target with only a note, as tests and old warehouses have.</summary>
    public static TargetOrigin ExampleNote(string? note) => new(TargetKind.Example, false, null, null, null, null, null, null, null, null, note);

    /// <summary>The address as a link when it is a web address (http/https only: the page never links a script or a file URL).</summary>
    public string? Link => Address is { } a && (a.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        ? a : null;
}

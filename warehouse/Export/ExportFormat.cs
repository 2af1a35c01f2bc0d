namespace Analytics.Warehouse.Export;

/// <summary>File formats <see cref="TableExporter"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>Hive-partitioned Parquet (province=…/year=…/) for region-year tables; one file otherwise.</summary>
    Parquet,

    /// <summary>One Arrow IPC file.</summary>
    Arrow,

    /// <summary>One CSV file with a header.</summary>
    Csv,
}

using System.Text.Json;
using Analytics.Models.Forecasting;
using Microsoft.ML;

namespace Analytics.Models.Store;

/// <summary>
/// The folder of saved forecast models (<c>&lt;warehouse folder&gt;/models</c>): one ML.NET .zip per
/// family's global model and the <c>forecast-model.json</c> sidecar. Files are written under a
/// temporary name and renamed, so a reader never sees half a file.
/// </summary>
public sealed class ModelStore(string directory)
{
    public const string SidecarFile = "forecast-model.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The store beside a working warehouse file.</summary>
    public static ModelStore ForWarehouse(string databasePath) =>
        new(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "models"));

    public static string ModelFileName(string family) => $"global-{family}.zip";

    /// <summary>Saves every family's global model, then the sidecar (last, so it never names a missing file).</summary>
    public void Save(ForecastModelInfo info, IReadOnlyDictionary<string, FittedGlobalModel> models)
    {
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var (family, model) in models)
        {
            Replace(ModelFileName(family), model.Save);
        }

        Replace(SidecarFile, path => File.WriteAllText(path, JsonSerializer.Serialize(info, Json)));
    }

    /// <summary>The sidecar of the latest forecast run, or null when no run has saved one.</summary>
    public ForecastModelInfo? Load()
    {
        var path = Path.Combine(Directory, SidecarFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<ForecastModelInfo>(File.ReadAllText(path), Json) : null;
    }

    /// <summary>A family's saved global model, ready for <c>CreatePredictionEngine&lt;GrowthExample, GrowthPrediction&gt;</c>.</summary>
    public ITransformer? LoadGlobalModel(MLContext ml, string family)
    {
        var path = Path.Combine(Directory, ModelFileName(family));
        return File.Exists(path) ? ml.Model.Load(path, out _) : null;
    }

    private void Replace(string name, Action<string> write)
    {
        var temp = Path.Combine(Directory, $".{name}.{Guid.NewGuid():N}.tmp");
        write(temp);
        File.Move(temp, Path.Combine(Directory, name), overwrite: true);
    }
}

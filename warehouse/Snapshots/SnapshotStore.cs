using System.Globalization;

namespace Analytics.Warehouse.Snapshots;

/// <summary>
/// A folder of published, immutable warehouse files (<c>&lt;utc-timestamp&gt;-run&lt;id&gt;.duckdb</c>)
/// and a <c>CURRENT</c> file naming the newest. Publishing copies a checkpointed working file under
/// a temporary name, renames it into place, then replaces <c>CURRENT</c> by write-temp + rename, so a
/// reader sees either the old snapshot or the new one, never a partial file.
/// </summary>
public sealed class SnapshotStore(string directory)
{
    /// <summary>Name of the pointer file that holds the current snapshot id.</summary>
    public const string PointerFile = "CURRENT";

    private const string Extension = ".duckdb";

    public string Directory { get; } = System.IO.Path.GetFullPath(directory);

    /// <summary>The conventional store next to a working warehouse: <c>&lt;db folder&gt;/snapshots</c>.</summary>
    public static SnapshotStore ForWarehouse(string databasePath) =>
        new(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath))!, "snapshots"));

    /// <summary>The file of a snapshot id.</summary>
    public string PathOf(string snapshotId) => System.IO.Path.Combine(Directory, snapshotId + Extension);

    /// <summary>The id <c>CURRENT</c> names, or null before the first publish.</summary>
    public string? CurrentId()
    {
        var pointer = System.IO.Path.Combine(Directory, PointerFile);
        try
        {
            var id = File.ReadAllText(pointer).Trim();
            return id.Length == 0 ? null : id;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Copies a committed and checkpointed warehouse file into the store and makes it current.
    /// The caller keeps its write connection open meanwhile, so no other writer can change the file.
    /// </summary>
    public string Publish(string checkpointedDatabase, int runId)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var id = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff'Z'}-run{runId:D6}");
        var temp = System.IO.Path.Combine(Directory, $".{id}.{Guid.NewGuid():N}.tmp");
        File.Copy(checkpointedDatabase, temp);
        File.Move(temp, PathOf(id));

        var pointerTemp = System.IO.Path.Combine(Directory, $".{PointerFile}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(pointerTemp, id + "\n");
        File.Move(pointerTemp, System.IO.Path.Combine(Directory, PointerFile), overwrite: true);
        return id;
    }

    /// <summary>Every published snapshot id, oldest first.</summary>
    public IReadOnlyList<string> List() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*" + Extension)
                .Select(System.IO.Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Where(n => !n.StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>
    /// Deletes snapshots older than the newest <paramref name="keep"/> that no reader holds. A reader
    /// holds a snapshot through a shared lock (<see cref="SnapshotLease"/>); the exclusive open here
    /// fails while any such lock exists, and deletes the file on close when it succeeds.
    /// </summary>
    public IReadOnlyList<string> Prune(int keep = 2)
    {
        var current = CurrentId();
        var all = List();
        var deleted = new List<string>();
        foreach (var id in all.Take(Math.Max(0, all.Count - Math.Max(1, keep))))
        {
            if (id == current)
            {
                continue;
            }

            try
            {
                using (new FileStream(PathOf(id), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }

                deleted.Add(id);
            }
            catch (IOException)
            {
                // Held by a reader: it goes in a later prune.
            }
        }

        return deleted;
    }
}

using Analytics.Warehouse.Snapshots;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Serving;

/// <summary>
/// Notices a newer published snapshot: a <see cref="FileSystemWatcher"/> on <c>CURRENT</c> (publish
/// replaces it by rename) plus a periodic re-read, since file events can be lost (network shares,
/// a folder created after start). On a change it switches the id the cache keys on, then evicts the
/// superseded snapshot's entries by tag.
/// </summary>
public sealed partial class SnapshotWatcher(
    ScorecardDatabase database,
    SnapshotState state,
    IOutputCacheStore cache,
    IOptions<WarehouseOptions> options,
    ILogger<SnapshotWatcher> log) : BackgroundService
{
    private readonly SemaphoreSlim checking = new(1, 1);

    /// <summary>Re-reads <c>CURRENT</c>; when it names a new snapshot, switches to it and evicts the old one's entries.</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        await checking.WaitAsync(ct);
        try
        {
            var id = database.CurrentSnapshotId;
            if (id is null || id == state.Current)
            {
                return;
            }

            database.Published.Refresh();
            var old = state.Swap(id);
            LogSwitched(log, old ?? "(none)", id);
            if (old is not null)
            {
                await cache.EvictByTagAsync(SnapshotCachePolicy.Tag(old), ct);
            }
        }
        finally
        {
            checking.Release();
        }
    }

    public override void Dispose()
    {
        checking.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await CheckAsync(stoppingToken);
        using var watcher = Watch(options.Value.Snapshots, stoppingToken);
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private FileSystemWatcher? Watch(string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            return null; // the periodic check picks up the first publish
        }

        var watcher = new FileSystemWatcher(folder, SnapshotStore.PointerFile)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.CreationTime,
        };
        void OnEvent(object sender, FileSystemEventArgs e) => _ = CheckSafelyAsync(ct);
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Renamed += (s, e) => OnEvent(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private async Task CheckSafelyAsync(CancellationToken ct)
    {
        try
        {
            await CheckAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            LogCheckFailed(log, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Snapshot {Old} superseded by {New}; cache entries of {Old} evicted")]
    private static partial void LogSwitched(ILogger logger, string old, string @new);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot check failed; serving the snapshot in use")]
    private static partial void LogCheckFailed(ILogger logger, Exception e);
}

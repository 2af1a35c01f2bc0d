using System.Data.Common;
using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace Analytics.Warehouse.Export;

/// <summary>
/// The one writer of Arrow IPC files: streams rows from a reader (a query result, or the web's
/// export tables through a <see cref="System.Data.DataTableReader"/>) in batches. Decimals keep their
/// exact precision and scale (38, 6 where the reader names none); types Arrow has no direct match for
/// here (lists) are written as text.
/// </summary>
public static class ArrowFile
{
    private const int BatchRows = 65_536;

    public static long Write(DbDataReader reader, string path, CancellationToken ct)
    {
        using var stream = File.Create(path);
        return Write(reader, stream, ct);
    }

    /// <summary>Writes every row of <paramref name="reader"/> to <paramref name="stream"/>, which stays open.</summary>
    public static long Write(DbDataReader reader, Stream stream, CancellationToken ct)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => Column.For(reader, i)).ToArray();
        var schema = new Apache.Arrow.Schema.Builder();
        foreach (var c in columns)
        {
            schema.Field(f => f.Name(c.Name).DataType(c.Type).Nullable(true));
        }

        var built = schema.Build();
        using var writer = new ArrowFileWriter(stream, built, leaveOpen: true);
        writer.WriteStart();
        long total = 0;
        var rows = 0;
        while (reader.Read())
        {
            foreach (var c in columns)
            {
                c.Append(reader);
            }

            total++;
            if (++rows == BatchRows)
            {
                ct.ThrowIfCancellationRequested();
                writer.WriteRecordBatch(new RecordBatch(built, columns.Select(c => c.Build()), rows));
                rows = 0;
            }
        }

        if (rows > 0 || total == 0)
        {
            writer.WriteRecordBatch(new RecordBatch(built, columns.Select(c => c.Build()), rows));
        }

        writer.WriteEnd();
        return total;
    }

    private sealed class Column(string name, IArrowType type, Action<DbDataReader> append, Func<IArrowArray> build)
    {
        public string Name => name;

        public IArrowType Type => type;

        public void Append(DbDataReader reader) => append(reader);

        public IArrowArray Build() => build();

        public static Column For(DbDataReader reader, int i)
        {
            var name = reader.GetName(i);
            var clr = reader.GetFieldType(i);
            if (clr == typeof(int))
            {
                var b = new Int32Array.Builder();
                return new(name, Int32Type.Default, r => { if (r.IsDBNull(i)) { b.AppendNull(); } else { b.Append(r.GetInt32(i)); } }, () => Take(b));
            }

            if (clr == typeof(long))
            {
                var b = new Int64Array.Builder();
                return new(name, Int64Type.Default, r => { if (r.IsDBNull(i)) { b.AppendNull(); } else { b.Append(r.GetInt64(i)); } }, () => Take(b));
            }

            if (clr == typeof(bool))
            {
                var b = new BooleanArray.Builder();
                return new(name, BooleanType.Default, r => { if (r.IsDBNull(i)) { b.AppendNull(); } else { b.Append(r.GetBoolean(i)); } }, () => Take(b));
            }

            if (clr == typeof(double))
            {
                var b = new DoubleArray.Builder();
                return new(name, DoubleType.Default, r => { if (r.IsDBNull(i)) { b.AppendNull(); } else { b.Append(r.GetDouble(i)); } }, () => Take(b));
            }

            if (clr == typeof(decimal))
            {
                var (precision, scale) = DecimalShape(reader.GetDataTypeName(i));
                var type = new Decimal128Type(precision, scale);
                var b = new Decimal128Array.Builder(type);
                return new(name, type, r => { if (r.IsDBNull(i)) { b.AppendNull(); } else { b.Append(r.GetDecimal(i)); } }, () => Take(b));
            }

            if (clr == typeof(DateTime))
            {
                var type = new TimestampType(TimeUnit.Microsecond, "UTC");
                var b = new TimestampArray.Builder(type);
                return new(name, type, r => { if (r.IsDBNull(i)) { b.AppendNull(); } else { b.Append(new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc))); } }, () => Take(b));
            }

            var s = new StringArray.Builder();
            return new(name, StringType.Default, r =>
            {
                if (r.IsDBNull(i))
                {
                    s.AppendNull();
                }
                else
                {
                    var v = r.GetValue(i);
                    s.Append(v is System.Collections.IEnumerable list and not string
                        ? "[" + string.Join(", ", list.Cast<object?>().Select(x => Convert.ToString(x, CultureInfo.InvariantCulture))) + "]"
                        : Convert.ToString(v, CultureInfo.InvariantCulture));
                }
            }, () => Take(s));
        }

        private static IArrowArray Take<TArray, TBuilder>(IArrowArrayBuilder<TArray, TBuilder> builder)
            where TArray : IArrowArray
            where TBuilder : IArrowArrayBuilder<TArray>
        {
            var array = builder.Build(default);
            builder.Clear();
            return array;
        }

        private static (int Precision, int Scale) DecimalShape(string typeName)
        {
            // "DECIMAL(18,6)"
            var open = typeName.IndexOf('(', StringComparison.Ordinal);
            var comma = typeName.IndexOf(',', StringComparison.Ordinal);
            var close = typeName.IndexOf(')', StringComparison.Ordinal);
            return open > 0 && comma > open && close > comma
                ? (int.Parse(typeName[(open + 1)..comma], CultureInfo.InvariantCulture), int.Parse(typeName[(comma + 1)..close], CultureInfo.InvariantCulture))
                : (38, 6);
        }
    }
}

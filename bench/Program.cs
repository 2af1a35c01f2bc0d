using Analytics.Bench.Extraction;
using BenchmarkDotNet.Running;

namespace Analytics.Bench;

public static class BenchProgram
{
    public static int Main(string[] args) => args switch
    {
        ["extraction-facts", var path] => ExtractionTools.WriteFacts(path),
        ["extraction-time", .. var rest] => ExtractionTools.Time(rest),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }
}

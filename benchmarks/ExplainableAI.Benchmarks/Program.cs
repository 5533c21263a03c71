using BenchmarkDotNet.Running;

namespace ExplainableAI.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (for example <c>--filter *Csv*</c>).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

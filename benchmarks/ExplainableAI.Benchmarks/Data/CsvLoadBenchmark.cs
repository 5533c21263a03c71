using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ExplainableAI.Data;
using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Data;

/// <summary>Loads a 1,000,000-row × 50-column numeric CSV, the size the loader must handle in seconds.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CsvLoadBenchmark
{
    private const int Seed = 20260101;
    private readonly DatasetLoader loader = new();
    private string path = string.Empty;

    /// <summary>The number of data rows.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    /// <summary>The number of numeric columns.</summary>
    public int Columns { get; set; } = 50;

    /// <summary>Writes the CSV once, with a fixed seed so every run measures the same bytes.</summary>
    [GlobalSetup]
    public void WriteFile()
    {
        path = Path.Combine(Path.GetTempPath(), $"xai-bench-{Rows}x{Columns}-{Seed}.csv");
        if (File.Exists(path))
        {
            return;
        }

        var random = new Random(Seed);
        var partial = path + ".partial";
        using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(false), bufferSize: 1 << 20))
        {
            writer.WriteLine(string.Join(',', Enumerable.Range(0, Columns).Select(c => $"x{c}")));
            Span<char> number = stackalloc char[32];
            for (var row = 0; row < Rows; row++)
            {
                for (var c = 0; c < Columns; c++)
                {
                    if (c > 0)
                    {
                        writer.Write(',');
                    }

                    // Four decimals, like rounded lab values; the sign and magnitude vary so parsing is realistic.
                    var value = Math.Round((random.NextDouble() * 200) - 100, 4);
                    value.TryFormat(number, out var written, "0.####", CultureInfo.InvariantCulture);
                    writer.Write(number[..written]);
                }

                writer.Write('\n');
            }
        }

        File.Move(partial, path, overwrite: true);
    }

    /// <summary>Removes the generated file.</summary>
    [GlobalCleanup]
    public void DeleteFile() => File.Delete(path);

    /// <summary>Loads the whole file into columns.</summary>
    /// <returns>The dataset, so the work cannot be optimised away.</returns>
    [Benchmark]
    public TabularData Load() => loader.Load(path);
}

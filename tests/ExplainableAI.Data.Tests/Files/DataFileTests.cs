using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Data.Tests;

/// <summary>A data path that is not a regular file is a bad input naming what it is, and never hangs.</summary>
public sealed class DataFileTests : IDisposable
{
    private readonly TempFiles files = new();
    private readonly DatasetLoader loader = new();

    public void Dispose() => files.Dispose();

    [UnixFact]
    public void A_fifo_as_data_is_refused_without_hanging()
    {
        var fifo = SpecialFiles.Fifo(files.PathOf("data.csv"));

        var error = SpecialFiles.Within(() => Record.Exception(() => loader.Load(fifo)));

        Assert.Equal($"{fifo}: the data file is a FIFO (named pipe), expected a regular file", Assert.IsType<InvalidAuditInputException>(error).Message);
    }

    [Fact]
    public void A_directory_as_data_is_refused_as_a_directory()
    {
        var directory = Directory.CreateDirectory(files.PathOf("data.csv")).FullName;

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(directory));

        Assert.Equal($"{directory}: the data file is a directory, expected a regular file", error.Message);
    }

    [UnixFact]
    public void A_character_device_as_parquet_is_refused()
    {
        var link = File.CreateSymbolicLink(files.PathOf("data.parquet"), SpecialFiles.Zero).FullName;

        var error = SpecialFiles.Within(() => Record.Exception(() => loader.Load(link)));

        Assert.Contains("is a character device", Assert.IsType<InvalidAuditInputException>(error).Problem, StringComparison.Ordinal);
    }
}

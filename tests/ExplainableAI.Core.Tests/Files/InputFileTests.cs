using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Core.Tests;

/// <summary>The one gate of every input file: regular files pass, everything else is a bad input naming what it is.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-input-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void A_regular_file_opens()
    {
        var path = Write("data.csv", "a\n1\n");

        using var stream = InputFile.OpenRead(path, "data file");

        Assert.Equal(4, stream.Length);
    }

    [Fact]
    public void A_symbolic_link_to_a_regular_file_opens()
    {
        var target = Write("data.csv", "a\n1\n");
        var link = File.CreateSymbolicLink(Path.Combine(folder.FullName, "link.csv"), target).FullName;

        InputFile.Require(link, "data file");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(folder.FullName, "absent.csv");

        var error = Assert.Throws<InvalidAuditInputException>(() => InputFile.OpenRead(path, "data file"));

        Assert.Equal($"{path}: the data file does not exist", error.Message);
    }

    [Fact]
    public void A_directory_is_refused_as_a_directory()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => InputFile.OpenRead(folder.FullName, "data file"));

        Assert.Equal($"{folder.FullName}: the data file is a directory, expected a regular file", error.Message);
    }

    [UnixFact]
    public void A_fifo_is_refused_before_it_is_opened()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(folder.FullName, "model.json"));

        // Opening a FIFO without a writer blocks forever: the check must come first.
        var error = SpecialFiles.Within(() => Record.Exception(() => InputFile.OpenRead(fifo, "model file")));

        Assert.Equal($"{fifo}: the model file is a FIFO (named pipe), expected a regular file", Assert.IsType<InvalidAuditInputException>(error).Message);
    }

    [UnixFact]
    public void Dev_zero_is_refused_as_a_character_device()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => InputFile.OpenRead(SpecialFiles.Zero, "model file"));

        Assert.Equal("/dev/zero: the model file is a character device, expected a regular file", error.Message);
    }

    [UnixFact]
    public void A_symbolic_link_to_dev_zero_is_refused_as_what_it_points_to()
    {
        var link = File.CreateSymbolicLink(Path.Combine(folder.FullName, "model.json"), SpecialFiles.Zero).FullName;

        var error = Assert.Throws<InvalidAuditInputException>(() => InputFile.Require(link, "model file"));

        Assert.Contains("is a character device", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_stops_at_the_size_limit()
    {
        var path = Write("big.yaml", new string('x', 2048));

        var error = Assert.Throws<InvalidAuditInputException>(() => InputFile.ReadAllBytes(path, "manifest", maxBytes: 1024));

        Assert.Equal($"{path}: the manifest is larger than the limit of 1 KiB", error.Message);
    }

    [Fact]
    public void Reading_within_the_limit_returns_the_bytes()
    {
        var path = Write("small.yaml", "a: 1\n");

        Assert.Equal("a: 1\n"u8.ToArray(), InputFile.ReadAllBytes(path, "manifest", maxBytes: 5));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}

using ExplainableAI.Sdk;

namespace ExplainableAI.Data.Tests.Csv;

public sealed class CsvErrorTests : IDisposable
{
    private readonly TempFiles files = new();
    private readonly DatasetLoader loader = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Rejects_a_missing_file_naming_it()
    {
        var path = files.PathOf("absent.csv");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(path, error.File);
        Assert.StartsWith(path + ": the data file does not exist", error.Message);
    }

    [Fact]
    public void Rejects_an_unknown_extension_naming_the_expected_ones()
    {
        var path = files.Write("data.xlsx", "a\n1\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(path, error.File);
        Assert.Contains(".csv, .tsv, .txt or .parquet", error.Message);
    }

    [Fact]
    public void Rejects_an_empty_file_as_missing_its_header()
    {
        var path = files.Write("empty.csv", string.Empty);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("expected a header row", error.Message);
    }

    [Fact]
    public void Rejects_an_empty_header_name_at_its_field_number()
    {
        var path = files.Write("e.csv", "a, ,c\n1,2,3\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 2), (error.Line, error.Column));
        Assert.Equal($"{path}:1:2: The header has an empty column name; expected a name for every column (the column is the 1-based field number).", error.Message);
    }

    [Fact]
    public void Rejects_a_duplicate_header_name_at_its_second_occurrence()
    {
        var path = files.Write("dup.csv", "年齢,性別,年齢\n1,2,3\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((1, 3), (error.Line, error.Column));
        Assert.Equal("年齢", error.Field);
        Assert.Contains("repeats column name '年齢' (first at field 1)", error.Message);
    }

    [Fact]
    public void Rejects_a_row_with_too_many_fields_at_the_first_extra_field()
    {
        var path = files.Write("wide.csv", "a,b\n1,2\n3,4,5\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("The row has 3 fields; expected 2", error.Message);
    }

    [Fact]
    public void Rejects_a_row_with_too_few_fields_at_the_first_missing_field_counting_physical_lines()
    {
        // Row 1 spans lines 2-3 because of the quoted newline, so the short row starts on line 4.
        var path = files.Write("short.csv", "a,b,c\n1,\"x\ny\",3\n4,5\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((4, 3), (error.Line, error.Column));
        Assert.Contains("The row has 2 fields; expected 3", error.Message);
    }

    [Fact]
    public void Rejects_invalid_utf8_at_its_line_and_character_position()
    {
        // Line 3 is "1,é" then a lone continuation byte 0x80: characters '1' ',' 'é' precede it, so position 4.
        byte[] bytes = [.. "a,b\n0,x\n1,\u00e9"u8, 0x80, .. "\n"u8];
        var path = files.WriteBytes("bad.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public void Counts_lines_across_read_buffers_when_locating_invalid_utf8()
    {
        // 30,000 lines of "n,あい" (9-10 bytes each) put the bad byte far beyond the first 64 KB read, on line 30,002
        // after "x,é" (three characters), so at character position 4.
        var body = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{i % 10},あい\n"));
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("a,b\n" + body + "x,\u00e9"), 0xFF, .. "\n"u8];
        var path = files.WriteBytes("far.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((30_002, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_a_quote_that_is_never_closed_at_its_line_and_character_position()
    {
        // Unchecked, Sep would read "x\n2,3\n" as one field and the file would silently lose a row.
        var path = files.Write("q.csv", "a,b\n1,\"x\n2,3\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Rejects_a_file_that_ends_inside_a_multibyte_character()
    {
        byte[] bytes = [.. "a\n"u8, 0xE5, 0xB9];
        var path = files.WriteBytes("cut.csv", bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Rejects_a_delimiter_that_cannot_delimit()
    {
        var path = files.Write("a.csv", "a\n1\n");

        var error = Assert.Throws<ArgumentException>(() => loader.Load(path, new DataLoadOptions(Delimiter: '"')));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var path = files.Write("c.csv", "a\n1\n");

        Assert.ThrowsAny<OperationCanceledException>(() => loader.Load(path, cancellationToken: new CancellationToken(canceled: true)));
    }
}

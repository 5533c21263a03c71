using ExplainableAI.Sdk;
using Parquet;
using Parquet.Schema;

namespace ExplainableAI.Data.Tests.Parquet;

public sealed class ParquetLoadingTests : IDisposable
{
    private readonly TempFiles files = new();
    private readonly DatasetLoader loader = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public async Task Reads_numbers_booleans_and_strings_with_nulls_across_row_groups()
    {
        var path = files.PathOf("p.parquet");
        await WriteTwoRowGroupsAsync(path);

        var data = loader.Load(path);

        Assert.Equal(5, data.RowCount);
        Assert.Equal(["年齢", "weight", "count", "smoker", "性別", "dose"], data.Columns.Select(c => c.Name));
        Assert.Equal([40.0, 51.0, 62.0, 73.0, 84.0], data["年齢"].Values.ToArray());
        Assert.Equal(ColumnKind.Numeric, data["weight"].Kind);
        Assert.Equal(2, data["weight"].MissingCount);
        Assert.Equal(61.5, data["weight"].Values[0]);
        Assert.Equal(80.25, data["weight"].Values[4]);
        Assert.Equal([1.0, 2.0, 3.0, 4.0, 5.0], data["count"].Values.ToArray());
        Assert.Equal(ColumnKind.Boolean, data["smoker"].Kind);
        Assert.Equal(1.0, data["smoker"].Values[0]);
        Assert.True(data["smoker"].IsMissing(3));
        Assert.Equal(ColumnKind.Categorical, data["性別"].Kind);
        Assert.Equal(["女性", "男性"], data["性別"].Levels);
        Assert.True(data["性別"].IsMissing(2));
        Assert.Equal(1.0, data["性別"].Values[4]);
        Assert.Equal(0.125, data["dose"].Values[1]);
    }

    [Fact]
    public async Task Keeps_string_columns_categorical_even_when_they_hold_numbers()
    {
        var path = files.PathOf("s.parquet");
        await WriteStringsAsync(path, "code", ["1", "2", null]);

        var data = loader.Load(path);

        Assert.Equal(ColumnKind.Categorical, data["code"].Kind);
        Assert.Equal(["1", "2"], data["code"].Levels);
    }

    [Fact]
    public async Task Parses_a_string_column_declared_numeric()
    {
        var path = files.PathOf("s.parquet");
        await WriteStringsAsync(path, "code", ["1.5", "NA", null]);
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["code"] = ColumnKind.Numeric });

        var data = loader.Load(path, options);

        Assert.Equal(1.5, data["code"].Values[0]);
        Assert.Equal(2, data["code"].MissingCount);
    }

    [Fact]
    public async Task Rejects_text_in_a_string_column_declared_numeric_naming_row_and_value()
    {
        var path = files.PathOf("s.parquet");
        await WriteStringsAsync(path, "code", ["1", "x"]);
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["code"] = ColumnKind.Numeric });

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path, options));

        Assert.Equal("code", error.Field);
        Assert.Contains("row 2 holds 'x'", error.Message);
    }

    [Fact]
    public async Task Formats_numbers_as_levels_when_categorical_is_declared()
    {
        var path = files.PathOf("c.parquet");
        await WriteTwoRowGroupsAsync(path);
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["weight"] = ColumnKind.Categorical });

        var data = loader.Load(path, options);

        Assert.Equal(ColumnKind.Categorical, data["weight"].Kind);
        Assert.Equal(["61.5", "70", "80.25"], data["weight"].Levels);
        Assert.Equal(2, data["weight"].MissingCount);
    }

    [Fact]
    public async Task Rejects_a_declared_type_for_a_column_that_is_not_in_the_file()
    {
        var path = files.PathOf("c.parquet");
        await WriteStringsAsync(path, "a", ["x"]);
        var options = new DataLoadOptions(ColumnTypes: new Dictionary<string, ColumnKind> { ["b"] = ColumnKind.Numeric });

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path, options));

        Assert.Equal("b", error.Field);
    }

    [Fact]
    public async Task Records_sha256_of_the_parquet_bytes()
    {
        var path = files.PathOf("h.parquet");
        await WriteStringsAsync(path, "a", ["x"]);

        var data = loader.Load(path);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), data.Sha256);
        Assert.Equal("h.parquet", data.Name);
    }

    [Fact]
    public void Rejects_a_file_that_is_not_parquet()
    {
        var path = files.Write("fake.parquet", "a,b\n1,2\n");

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(path, error.File);
    }

    [Fact]
    public async Task Rejects_a_file_with_no_rows()
    {
        var path = files.PathOf("empty.parquet");
        await WriteStringsAsync(path, "a", []);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Contains("no rows", error.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public async Task Rejects_a_truncated_file(double kept)
    {
        var whole = files.PathOf("whole.parquet");
        await WriteTwoRowGroupsAsync(whole);
        var bytes = await File.ReadAllBytesAsync(whole);
        var path = files.WriteBytes("cut.parquet", bytes[..(int)(bytes.Length * kept)]);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(path, error.File);
    }

    [Fact]
    public async Task Rejects_damaged_pages_under_an_intact_footer()
    {
        var path = files.PathOf("damaged.parquet");
        await WriteStringsAsync(path, "a", [.. Enumerable.Range(0, 1000).Select(i => $"value {i}")]);
        var bytes = await File.ReadAllBytesAsync(path);
        Array.Fill(bytes, (byte)0xFF, 4, bytes.Length / 2);
        await File.WriteAllBytesAsync(path, bytes);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal(path, error.File);
    }

    [Fact]
    public async Task Rejects_a_string_longer_than_the_field_limit_naming_its_row()
    {
        var path = files.PathOf("long.parquet");
        await WriteStringsAsync(path, "note", ["short", new string('x', (1 << 20) + 1)]);

        var error = Assert.Throws<InvalidAuditInputException>(() => loader.Load(path));

        Assert.Equal("note", error.Field);
        Assert.Contains("Row 2 holds a string of 1048577 characters", error.Message);
    }

    private static async Task WriteTwoRowGroupsAsync(string path)
    {
        var age = new DataField<int>("年齢");
        var weight = new DataField<double?>("weight");
        var count = new DataField<long>("count");
        var smoker = new DataField<bool?>("smoker");
        var sex = new DataField<string>("性別");
        var dose = new DataField<float>("dose");
        var schema = new ParquetSchema(age, weight, count, smoker, sex, dose);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync<int>(age, new[] { 40, 51, 62 }.AsMemory());
            await group.WriteAsync<double>(weight, new double?[] { 61.5, null, 70 }.AsMemory());
            await group.WriteAsync<long>(count, new long[] { 1, 2, 3 }.AsMemory());
            await group.WriteAsync<bool>(smoker, new bool?[] { true, false, false }.AsMemory());
            await group.WriteAsync(sex, new string?[] { "女性", "男性", null });
            await group.WriteAsync<float>(dose, new[] { 1f, 0.125f, 2f }.AsMemory());
        }

        using (var group = writer.CreateRowGroup())
        {
            await group.WriteAsync<int>(age, new[] { 73, 84 }.AsMemory());
            await group.WriteAsync<double>(weight, new double?[] { null, 80.25 }.AsMemory());
            await group.WriteAsync<long>(count, new long[] { 4, 5 }.AsMemory());
            await group.WriteAsync<bool>(smoker, new bool?[] { null, true }.AsMemory());
            await group.WriteAsync(sex, new string?[] { "女性", "男性" });
            await group.WriteAsync<float>(dose, new[] { 0.5f, 4f }.AsMemory());
        }
    }

    private static async Task WriteStringsAsync(string path, string name, string?[] values)
    {
        var field = new DataField<string>(name);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(field, values);
    }
}

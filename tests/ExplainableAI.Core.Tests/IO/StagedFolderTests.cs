namespace ExplainableAI.Core.Tests.IO;

public sealed class StagedFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("xai-staged-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Target => Path.Combine(root, "out");

    [Fact]
    public void Committing_into_a_missing_folder_creates_it_with_exactly_the_set()
    {
        using (var staged = StagedFolder.Create(Path.Combine(Target, "nested")))
        {
            staged.Write("a.txt", "new a"u8);
            staged.Commit();
        }

        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(Path.Combine(Target, "nested")).Select(Path.GetFileName));
        Assert.Equal(["nested"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName));
    }

    [Fact]
    public void Committing_replaces_the_previous_set_whole_and_leaves_nothing_beside_it()
    {
        Write("a.txt", "old a");
        Write("b.txt", "old b");

        using (var staged = StagedFolder.Create(Target))
        {
            staged.Write("a.txt", "new a"u8);
            staged.Commit();
        }

        Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName));
        Assert.Equal("new a", File.ReadAllText(Path.Combine(Target, "a.txt")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Disposing_without_committing_keeps_the_previous_set_and_removes_the_staging_folder()
    {
        Write("a.txt", "old a");

        using (var staged = StagedFolder.Create(Target))
        {
            staged.Write("a.txt", "new a"u8);
        }

        Assert.Equal("old a", File.ReadAllText(Path.Combine(Target, "a.txt")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Reverting_puts_the_previous_set_back()
    {
        Write("a.txt", "old a");
        Write("b.txt", "old b");

        using (var staged = StagedFolder.Create(Target))
        {
            staged.Write("a.txt", "new a"u8);
            staged.Commit();
            staged.Revert();
        }

        Assert.Equal(["a.txt", "b.txt"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("old a", File.ReadAllText(Path.Combine(Target, "a.txt")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Reverting_a_set_that_created_its_folder_removes_the_folder()
    {
        using (var staged = StagedFolder.Create(Target))
        {
            staged.Write("a.txt", "new a"u8);
            staged.Commit();
            staged.Revert();
        }

        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Carrying_over_keeps_the_files_not_replaced()
    {
        Write("a.txt", "old a");
        Write("b.txt", "old b");
        Write("c.txt", "old c");

        using (var staged = StagedFolder.Create(Target))
        {
            staged.Write("a.txt", "new a"u8);
            staged.CarryOver(["a.txt", "c.txt"]);
            staged.Commit();
        }

        Assert.Equal(["a.txt", "b.txt"], Directory.GetFileSystemEntries(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("new a", File.ReadAllText(Path.Combine(Target, "a.txt")));
        Assert.Equal("old b", File.ReadAllText(Path.Combine(Target, "b.txt")));
    }

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, name), text);
    }
}

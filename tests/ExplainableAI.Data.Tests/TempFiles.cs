using System.Text;

namespace ExplainableAI.Data.Tests;

/// <summary>A temporary folder of data files, deleted after each test.</summary>
public sealed class TempFiles : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("xai-data-").FullName;

    public string PathOf(string fileName) => Path.Combine(root, fileName);

    public string Write(string fileName, string text, bool bom = false) =>
        WriteBytes(fileName, [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    public string WriteBytes(string fileName, byte[] bytes)
    {
        var path = PathOf(fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}

using System.Text;

namespace ExplainableAI.Core.Tests.IO;

public sealed class Sha256HexTests
{
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    private const string Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    [Fact]
    public void Hash_of_bytes_is_lower_case_hex_of_the_standard_digest()
    {
        Assert.Equal(Abc, Sha256Hex.Of("abc"u8));
    }

    [Fact]
    public void Hash_of_a_stream_and_of_a_file_equal_the_hash_of_their_bytes()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Encoding.ASCII.GetBytes("abc"));
            using var stream = new MemoryStream(Encoding.ASCII.GetBytes("abc"));

            Assert.Equal(Abc, Sha256Hex.Of(stream));
            Assert.Equal(Abc, Sha256Hex.OfFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

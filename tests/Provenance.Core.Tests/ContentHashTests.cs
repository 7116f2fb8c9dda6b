namespace Provenance.Core.Tests;

public sealed class ContentHashTests
{
    [Theory]
    [InlineData("Talks resume.\r\nBrandt agreed.\r\n")]
    [InlineData("Talks resume.\rBrandt agreed.\r")]
    public void Line_endings_do_not_change_the_hash(string text)
    {
        Assert.Equal(ContentHash.Of("Talks resume.\nBrandt agreed.\n"), ContentHash.Of(text));
    }

    [Fact]
    public void Documents_with_crlf_and_lf_text_share_a_content_hash_and_short_id()
    {
        var crlf = Document.FromText("Talks resume.\r\nBrandt agreed.");
        var lf = Document.FromText("Talks resume.\nBrandt agreed.");

        Assert.Equal(lf.ContentHash, crlf.ContentHash);
        Assert.Equal(lf.Id, crlf.Id);
        Assert.NotEqual(lf.Text, crlf.Text); // the text itself is never rewritten
    }

    [Fact]
    public void Different_text_gives_a_different_hash()
    {
        Assert.NotEqual(ContentHash.Of("Talks resume."), ContentHash.Of("Talks resumed."));
    }

    [Fact]
    public void The_hash_is_lower_case_sha256_hex_and_the_short_id_its_first_16_characters()
    {
        var hash = ContentHash.Of("Talks resume.");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash[..16], ContentHash.ShortId(hash));
    }
}

using System.Text;
using Provenance.Eval.Text;

namespace Provenance.Eval.Tests.Text;

/// <summary>
/// NFKC, lower case, whitespace and word characters on strings as they occur in news text. The expected values are
/// what Python gives (checked by hand with python3 3.11), except where a comment says otherwise. These tests need
/// ICU: under InvariantGlobalization, string.Normalize would return its input unchanged.
/// </summary>
public sealed class PythonTextTests
{
    [Theory]
    [InlineData("ﬁnance ministry", "finance ministry")]          // ligature ﬁ
    [InlineData("ﬂight of capital", "flight of capital")]        // ligature ﬂ
    [InlineData("ＮＡＴＯ summit", "NATO summit")]                // full-width letters
    [InlineData("The\u0301o Durand", "Théo Durand")]             // e plus combining acute composes
    [InlineData("Nguye\u0302\u0303n", "Nguyễn")]                  // two combining marks compose into one letter
    [InlineData("“Meridian News”", "“Meridian News”")]           // curly quotes are not compatibility characters
    [InlineData("x²", "x2")]
    [InlineData("Ⅻ Corps", "XII Corps")]
    [InlineData("wait…", "wait...")]
    [InlineData("Kyiv\u00A0Ledger", "Kyiv Ledger")]              // no-break space becomes a space
    [InlineData("Дмитрий Песков", "Дмитрий Песков")]
    [InlineData("Straße", "Straße")]
    public void Nfkc_normalizes_compatibility_characters_and_composes_accents(string value, string expected)
    {
        Assert.Equal(expected, PythonText.Nfkc(value));
    }

    // Built in code: a lone surrogate in an attribute argument does not survive compilation (it becomes U+FFFD bytes).
    [Fact]
    public void Nfkc_replaces_a_lone_surrogate_instead_of_throwing()
    {
        var value = "Brandt " + '\uD800' + " said ﬁnal";

        Assert.Equal("Brandt \uFFFD said final", PythonText.Nfkc(value));
    }

    [Theory]
    [InlineData("ДМИТРИЙ ПЕСКОВ", "дмитрий песков")]
    [InlineData("THÉO DURAND", "théo durand")]
    [InlineData("Straße", "straße")]                      // ß has no capital to fold; lower() keeps it
    [InlineData("STRASSE", "strasse")]                    // and so "Straße" and "STRASSE" stay different, as in Python
    [InlineData("Kemal Kılıçdaroğlu", "kemal kılıçdaroğlu")]  // dotless ı is already lower case
    [InlineData("KILIÇDAROĞLU", "kiliçdaroğlu")]          // capital I lowers to dotted i, not Turkish ı, as in Python
    [InlineData("Ekrem İmamoğlu", "ekrem i\u0307mamoğlu")] // capital dotted İ lowers to i plus a combining dot, as in Python
    [InlineData("ΟΔΥΣΣΕΑΣ", "οδυσσεασ")]                  // Python gives final ς: "οδυσσεας". Known difference, see PythonText.
    public void Lower_follows_python_lower_on_names(string value, string expected)
    {
        Assert.Equal(expected, PythonText.Lower(value));
    }

    [Theory]
    [InlineData(' ', true)]
    [InlineData('\t', true)]
    [InlineData('\u00A0', true)]
    [InlineData('\u2009', true)]   // thin space
    [InlineData('\u3000', true)]   // ideographic space
    [InlineData('\u001F', true)]   // Python counts the information separators as whitespace
    [InlineData('\u200B', false)]  // zero-width space is a format character
    [InlineData('x', false)]
    public void Is_space_follows_python_isspace(char c, bool expected)
    {
        Assert.Equal(expected, PythonText.IsSpace(c));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("Ж", true)]
    [InlineData("ğ", true)]
    [InlineData("习", true)]
    [InlineData("_", true)]
    [InlineData("7", true)]
    [InlineData("½", true)]         // other numbers count in Python
    [InlineData("\u0301", false)]   // combining acute: a mark, not a word character in Python's re
    [InlineData("\u093F", false)]   // Devanagari vowel sign i
    [InlineData("\u0651", false)]   // Arabic shadda
    [InlineData("\u203F", false)]   // undertie: connector punctuation other than "_"
    [InlineData("-", false)]
    [InlineData("’", false)]
    [InlineData("🙂", false)]
    public void Word_characters_are_letters_numbers_and_underscore(string value, bool expected)
    {
        Assert.Equal(expected, PythonText.IsWordCharacter(Rune.GetRuneAt(value, 0)));
    }

    [Fact]
    public void Strip_removes_python_whitespace_only()
    {
        Assert.Equal("Kremlin\u200B", PythonText.Strip("\u001F\u00A0 Kremlin\u200B\u3000\n"));
    }
}

using System.Text;
using System.Text.Json;
using Provenance.Eval.Tests.Support;
using Provenance.Eval.Text;
using Xunit.Abstractions;

namespace Provenance.Eval.Tests.Text;

/// <summary>
/// Checks our Python-like string handling against the python3 on this machine: NFKC, lower() and upper() on
/// every code point, and score.py's own norm() and same_name() on tricky strings. Returns early when python3 or
/// score.py is missing.
/// </summary>
public sealed class PythonTextAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Nfkc_lower_and_upper_agree_with_python_on_every_code_point()
    {
        if (PythonReference.Python is null)
        {
            output.WriteLine("Skipped: python3 is not on PATH.");
            return;
        }

        const string script = """
            import sys, unicodedata as ud
            out = []
            for cp in range(0x110000):
                if 0xD800 <= cp <= 0xDFFF: continue
                c = chr(cp)
                n, lo, up = ud.normalize("NFKC", c), c.lower(), c.upper()
                if n != c or lo != c or up != c:
                    out.append("%X %s %s %s" % (cp, n.encode("utf-8").hex(), lo.encode("utf-8").hex(), up.encode("utf-8").hex()))
            print(ud.unidata_version)
            print("\n".join(out))
            """;
        var lines = PythonReference.Run(["-c", script]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var pythonUnicode = lines[0];
        if (pythonUnicode != UnicodeTables.Instance.UnicodeVersion)
        {
            output.WriteLine($"Skipped: python3 has Unicode {pythonUnicode}, the tables {UnicodeTables.Instance.UnicodeVersion}; regenerate Text/UnicodeTables.txt with the python3 that runs score.py.");
            return;
        }

        var expected = new Dictionary<int, (string Nfkc, string Lower, string Upper)>();
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split(' ');
            expected[Convert.ToInt32(parts[0], 16)] = (FromHex(parts[1]), FromHex(parts[2]), FromHex(parts[3]));
        }

        var nfkcMismatches = new List<string>();
        var caseMismatches = new List<string>();
        for (var cp = 0; cp < 0x110000; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var c = char.ConvertFromUtf32(cp);
            var (nfkc, lower, upper) = expected.TryGetValue(cp, out var e) ? e : (c, c, c);
            if (Nfkc.Normalize(c) != nfkc)
            {
                nfkcMismatches.Add($"U+{cp:X4}");
            }

            if (PythonText.Lower(c) != lower || PythonText.Upper(c) != upper)
            {
                caseMismatches.Add($"U+{cp:X4}");
            }
        }

        output.WriteLine($"python3 Unicode {pythonUnicode}; case mismatches: {string.Join(' ', caseMismatches.Take(50))}");
        Assert.Empty(nfkcMismatches);
        Assert.Empty(caseMismatches);
    }

    [Fact]
    public void Word_and_space_characters_agree_with_python_re()
    {
        if (PythonReference.Python is null)
        {
            output.WriteLine("Skipped: python3 is not on PATH.");
            return;
        }

        // One letter per code point: w for \w, s for \s, u for unassigned in Python's Unicode, . for the rest.
        const string script = """
            import re, sys, unicodedata as ud
            w, s = re.compile(r"\w"), re.compile(r"\s")
            out = []
            for cp in range(0x110000):
                c = chr(cp)
                out.append("w" if w.match(c) else "s" if s.match(c) else "u" if ud.category(c) == "Cn" else ".")
            sys.stdout.write("".join(out))
            """;
        var classes = PythonReference.Run(["-c", script]);
        Assert.Equal(0x110000, classes.Length);

        var mismatches = new List<string>();
        for (var cp = 0; cp < 0x110000; cp++)
        {
            // Surrogates are not code points of a C# string; characters Python does not know yet may be letters to .NET.
            if (cp is >= 0xD800 and <= 0xDFFF || classes[cp] == 'u')
            {
                continue;
            }

            var isWord = PythonText.IsWordCharacter(new System.Text.Rune(cp));
            var isSpace = cp < 0x10000 && PythonText.IsSpace((char)cp);
            if (isWord != (classes[cp] == 'w') || isSpace != (classes[cp] == 's'))
            {
                mismatches.Add($"U+{cp:X4}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Nfkc_agrees_with_python_on_sequences_that_compose()
    {
        if (PythonReference.Python is null)
        {
            output.WriteLine("Skipped: python3 is not on PATH.");
            return;
        }

        var samples = ComposingSamples();
        var json = PythonReference.Run(
            ["-c", "import sys, json, unicodedata as ud; print(json.dumps([ud.normalize('NFKC', s) for s in json.load(sys.stdin)]))"],
            JsonSerializer.Serialize(samples));
        var expected = JsonSerializer.Deserialize<string[]>(json)!;
        for (var i = 0; i < samples.Count; i++)
        {
            Assert.True(expected[i] == Nfkc.Normalize(samples[i]), $"NFKC of {Escape(samples[i])}: python {Escape(expected[i])}, ours {Escape(Nfkc.Normalize(samples[i]))}");
        }
    }

    [Fact]
    public void Norm_and_same_name_agree_with_score_py()
    {
        if (PythonReference.MissingReason() is { } reason)
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }

        string[] names =
        [
            "Vladimir Putin", "Putin", "Putin’s", "PUTIN'S", "the Kremlin", "The  Kremlin", "An official", "an\u00A0official",
            "A U.S. official", "U.S. officials", "Théo Durand", "The\u0301o Durand", "ΟΔΥΣΣΕΑΣ", "Σ", "ΑΣ.", "İstanbul", "Straße",
            "ﬁnance ministry", "ＮＡＴＯ", "𝐏𝐮𝐭𝐢𝐧", "Zelensky’s office", "“Axios”", "  the\tAxios  ", "thea", "an", "the", "a ",
            "ＳＴＲＡＳＳＥ", "Дмитрий Песков", "Пескова", "\u001Fthe Kremlin\u001C", "naïve", "Ⅻ Corps", "x²", "O'Neill's", "l'Humanité",
            "", "   ", "…", "—", "Al-Monitor", "Le Monde’s editors", "司马 光", "Nguyễn Văn A", "Nguye\u0302\u0303n",
        ];
        var json = PythonReference.Run(
            ["-c", """
                import sys, json
                sys.path.insert(0, sys.argv[1])
                from score import norm, same_name
                names = json.load(sys.stdin)
                print(json.dumps({"norm": [norm(n) for n in names],
                                  "same": [[same_name(a, b) for b in names] for a in names]}))
                """, Path.GetDirectoryName(PythonReference.ScorePy)!],
            JsonSerializer.Serialize(names));
        using var parsed = JsonDocument.Parse(json);
        var norms = parsed.RootElement.GetProperty("norm").EnumerateArray().Select(e => e.GetString()).ToArray();
        var same = parsed.RootElement.GetProperty("same").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetBoolean()).ToArray()).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(norms[i] == NameMatching.Normalize(names[i]), $"norm({Escape(names[i])}): python {Escape(norms[i]!)}, ours {Escape(NameMatching.Normalize(names[i]))}");
            for (var j = 0; j < names.Length; j++)
            {
                Assert.True(same[i][j] == NameMatching.SameName(names[i], names[j]), $"same_name({Escape(names[i])}, {Escape(names[j])}) should be {same[i][j]}");
            }
        }
    }

    // Letters followed by runs of combining marks in shuffled order, Hangul jamo, and compatibility characters.
    private static List<string> ComposingSamples()
    {
        int[] bases = ['a', 'e', 'o', 'u', 'A', 'E', 'O', 'i', 'n', 'c', 's', 0x3B1, 0x3C9, 0x415, 0x438, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x0928, 0x05D0, 0x1E00, 0x212B, 0x2126];
        int[] marks = [0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x30A, 0x30C, 0x323, 0x327, 0x328, 0x345, 0x93C, 0x5B4, 0x1161, 0x11A8, 0x0344, 0x0F73, 0x1D15E, 0xFB01];
        var random = new Random(20251117);
        var samples = new List<string>();
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 6);
            for (var k = 0; k < length; k++)
            {
                builder.Append(char.ConvertFromUtf32(random.Next(3) == 0 ? marks[random.Next(marks.Length)] : bases[random.Next(bases.Length)]));
                var run = random.Next(0, 4);
                for (var m = 0; m < run; m++)
                {
                    builder.Append(char.ConvertFromUtf32(marks[random.Next(marks.Length)]));
                }
            }

            samples.Add(builder.ToString());
        }

        return samples;
    }

    private static string FromHex(string hex) => Encoding.UTF8.GetString(Convert.FromHexString(hex));

    private static string Escape(string s) => string.Concat(s.EnumerateRunes().Select(r => r.Value < 0x80 && r.Value >= 0x20 ? r.ToString() : $"\\u{r.Value:X4}"));
}

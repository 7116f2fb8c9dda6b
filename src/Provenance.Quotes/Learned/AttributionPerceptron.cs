using System.IO.Compression;

namespace Provenance.Quotes.Learned;

/// <summary>
/// A multi-class averaged perceptron over hashed features (<see cref="Buckets"/> hash buckets times
/// <see cref="Labels"/> labels, dense). Training keeps the running sums for averaging; <see cref="Average"/>
/// replaces the weights by their averages. Saved as 16-bit quantised weights, deflated: weights closer to
/// zero than the quantisation step are dropped, which keeps the file small.
/// </summary>
internal sealed class AttributionPerceptron
{
    private const uint Magic = 0x50414E51; // "QNAP"
    private const int Version = 1;

    private readonly float[] _weights;
    private float[]? _totals;
    private int[]? _stamps;
    private int _clock;

    public AttributionPerceptron(int bucketBits, int labels)
    {
        if (bucketBits is < 8 or > 24 || labels < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(bucketBits), "bucketBits must be within 8..24 and labels at least 2.");
        }

        BucketBits = bucketBits;
        Labels = labels;
        _weights = new float[Buckets * labels];
    }

    private AttributionPerceptron(int bucketBits, int labels, float[] weights)
    {
        BucketBits = bucketBits;
        Labels = labels;
        _weights = weights;
    }

    public int BucketBits { get; }

    public int Buckets => 1 << BucketBits;

    public int Labels { get; }

    /// <summary>Non-zero weights (for the model card).</summary>
    public int NonZeroWeights => _weights.Count(w => w != 0);

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var mask = (ulong)(Buckets - 1);
        foreach (var feature in features)
        {
            var row = (int)(feature & mask) * Labels;
            for (var l = 0; l < Labels; l++)
            {
                scores[l] += _weights[row + l];
            }
        }
    }

    /// <summary>Counts one training example: on a mistake, moves the gold label's weights up and the predicted one's down.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        _clock++;
        if (gold == predicted)
        {
            return;
        }

        _totals ??= new float[_weights.Length];
        _stamps ??= new int[_weights.Length];
        var mask = (ulong)(Buckets - 1);
        foreach (var feature in features)
        {
            var row = (int)(feature & mask) * Labels;
            Bump(row + gold, 1f);
            Bump(row + predicted, -1f);
        }
    }

    /// <summary>Replaces the weights by their average over every example seen (call once, after the last pass).</summary>
    public AttributionPerceptron Averaged()
    {
        if (_totals is null || _stamps is null || _clock == 0)
        {
            return new AttributionPerceptron(BucketBits, Labels, (float[])_weights.Clone());
        }

        var averaged = new float[_weights.Length];
        for (var i = 0; i < _weights.Length; i++)
        {
            var total = _totals[i] + ((_clock - _stamps[i]) * _weights[i]);
            averaged[i] = total / _clock;
        }

        return new AttributionPerceptron(BucketBits, Labels, averaged);
    }

    public void Save(Stream stream)
    {
        var max = _weights.Length == 0 ? 0f : _weights.Max(Math.Abs);
        var scale = max == 0 ? 1f : max / short.MaxValue;
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(deflate);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BucketBits);
        writer.Write(Labels);
        writer.Write(scale);
        // Runs of zeros are written as a count: most buckets of a hashed model are empty.
        var i = 0;
        while (i < _weights.Length)
        {
            var q = (short)Math.Round(_weights[i] / scale);
            if (q == 0)
            {
                var run = 0;
                while (i < _weights.Length && (short)Math.Round(_weights[i] / scale) == 0)
                {
                    run++;
                    i++;
                }

                writer.Write((short)0);
                writer.Write(run);
                continue;
            }

            writer.Write(q);
            i++;
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; null with a reason when the stream is not one.</summary>
    public static AttributionPerceptron? TryLoad(Stream stream, out string? error)
    {
        try
        {
            using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(deflate);
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
            {
                error = "not an attribution model of this version";
                return null;
            }

            var bits = reader.ReadInt32();
            var labels = reader.ReadInt32();
            if (bits is < 8 or > 24 || labels is < 2 or > 64)
            {
                error = "the model header is out of range";
                return null;
            }

            var scale = reader.ReadSingle();
            var weights = new float[(1 << bits) * labels];
            var i = 0;
            while (i < weights.Length)
            {
                var q = reader.ReadInt16();
                if (q == 0)
                {
                    var run = reader.ReadInt32();
                    if (run <= 0 || i + run > weights.Length)
                    {
                        error = "the model body is corrupt";
                        return null;
                    }

                    i += run;
                    continue;
                }

                weights[i++] = q * scale;
            }

            error = null;
            return new AttributionPerceptron(bits, labels, weights);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            error = "the model file is truncated or not deflated: " + e.Message;
            return null;
        }
    }

    private void Bump(int index, float delta)
    {
        _totals![index] += (_clock - _stamps![index]) * _weights[index];
        _stamps[index] = _clock;
        _weights[index] += delta;
    }
}

using System.Numerics;

namespace Provenance.Eval;

/// <summary>
/// Python's <c>round(x, 3)</c>: the exact binary value of <c>x</c> rounded half to even at the third decimal,
/// so that 0.0625 gives 0.062 and 0.0005 (stored as slightly more) gives 0.001. <see cref="Math.Round(double, int)"/>
/// scales by 1000 first and can land on the other side of a tie; reported numbers must equal score.py's.
/// </summary>
internal static class PythonRounding
{
    public static double Round3(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value == 0)
        {
            return value;
        }

        var negative = value < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // |value| = mantissa * 2^power exactly; round mantissa * 1000 * 2^power to an integer, ties to even.
        var power = exponent - 1075;
        if (power >= 0)
        {
            return value;
        }

        var numerator = new BigInteger(mantissa) * 1000;
        var denominator = BigInteger.One << -power;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }

        var rounded = (double)quotient / 1000;
        return negative ? -rounded : rounded;
    }
}

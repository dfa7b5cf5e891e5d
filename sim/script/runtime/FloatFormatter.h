#pragma once
// Turns a double into text exactly as CPython does: repr (shortest digits that round-trip,
// switching to exponent form outside 1e-4 <= |x| < 1e16, always with ".0" or an exponent),
// Python 2's str (12 significant digits), and the e/f/g/% conversions of % formatting and
// format(). Digits come from std::to_chars (shortest) or snprintf (fixed precision), both
// correctly rounded; this class only lays them out.
#include <string>

namespace ts::script {

class FloatFormatter {
public:
    // repr(x) in Python 2.7 and 3: "0.1", "1.0", "1e+16", "1e-05", "inf", "nan", "-0.0".
    static std::string repr(double x);
    // str(x): repr under Python 3; Python 2.7 rounds to 12 significant digits ("0.3").
    static std::string str(double x, bool python2);

    // One conversion of the absolute value of x (no sign; the caller places sign and padding):
    //  'e' 'E' 'f' 'F' 'g' 'G' with precision as C/Python define them;
    //  'r' the repr digits (precision ignored);
    //  'n' (no type given, precision set): like 'g' but keeps a ".0" on integral values and
    //      uses exponent form rather than print more digits than the precision.
    // alternate is the '#' flag. inf and nan give "inf"/"nan" ("INF"/"NAN" for upper types).
    static std::string formatMagnitude(double x, char type, int precision, bool alternate);

private:
    struct Digits {
        std::string digits;  // significant digits, no leading zeros
        int decimalPoint;    // position of the decimal point relative to digits[0]
    };
    static Digits shortestDigits(double magnitude);
    static Digits roundedDigits(double magnitude, int significant);
    // Lays digits out in fixed or exponent form; minDigits pads with zeros (for '#g').
    static std::string layout(const Digits& d, bool exponent, bool addDotZero, bool keepPoint, std::size_t minDigits,
                              char exponentChar);
};

}  // namespace ts::script

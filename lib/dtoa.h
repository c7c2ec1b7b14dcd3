/*
 * dtoa.h: conversions between doubles and decimal strings, as ECMAScript
 * needs them (lib/dtoa.c). Used by mujs (patches/mujs/0020-number-conversions.patch) for
 * Number::toString, toFixed, toExponential, toPrecision and every
 * string-to-number conversion (source literals, Number(), parseFloat, JSON).
 *
 * Digits are returned as ASCII '0'..'9', NUL terminated, with a decimal
 * point position: the value is 0.DIGITS x 10^point (so "15", point 2 is
 * 15 and point -1 is 0.0015). The sign of v is ignored: callers print it.
 * No allocation, no global state, no floating-point environment changes;
 * freestanding (only <stdint.h>).
 */
#ifndef UNIJS_DTOA_H
#define UNIJS_DTOA_H

/* Room for the digits of dtoa_shortest (at most 17) and the NUL. */
#define DTOA_SHORTEST_SIZE 18

/*
 * The shortest digit string that reads back as exactly |v| (round to
 * nearest, ties to even); of several such strings, the one closest to |v|,
 * and of two equally close, the even one: Number::toString's digits
 * (ECMA-262 6.1.6.1.20). v must be finite; 0 gives "0", point 1.
 * Returns the number of digits (1..17); buf holds DTOA_SHORTEST_SIZE.
 */
int dtoa_shortest(double v, char *buf, int *point);

/* Largest precision dtoa_round accepts (Node's limit for toFixed & co). */
#define DTOA_MAX_PREC 100
/* Room for any dtoa_round result: 309 integer digits, 100 fraction digits, NUL. */
#define DTOA_ROUND_SIZE 416

enum { DTOA_PRECISION, DTOA_FIXED };

/*
 * |v| rounded exactly (from its binary value) to a decimal position, ties
 * away from zero: ECMAScript's "if there are two such n, pick the larger n"
 * of toFixed, toExponential and toPrecision.
 *  DTOA_PRECISION: n significant digits, 1 <= n <= DTOA_MAX_PREC + 1 (the
 *    + 1 for toExponential(100)); always
 *    exactly n digits (trailing zeros kept). v = 0 gives n zeros, point 1.
 *  DTOA_FIXED: n digits after the decimal point, 0 <= n <= DTOA_MAX_PREC;
 *    the digits of the integer round(|v| x 10^n) without leading zeros
 *    ("0" when that is 0), and point = (number of digits) - n.
 * v must be finite. Returns the number of digits, or -1 for n out of range.
 * buf holds DTOA_ROUND_SIZE.
 */
int dtoa_round(double v, int mode, int n, char *buf, int *point);

/* Room for any dtoa_radix result: sign, 1024 integer digits (radix 2),
 * point, 1074 + 52 fraction digits, NUL. */
#define DTOA_RADIX_SIZE 2200

/*
 * v in radix 2..36 as Node's Number::toString(radix) prints it (V8's
 * DoubleToRadixCString): the integer part exactly (digits beyond double
 * precision are zeros), then the fraction digits, generated until they
 * identify v among its neighbours (each step keeps the half-distance to
 * the next double, scaled by the radix; stop when the rest is below it),
 * rounded half to even with carry into earlier digits. Lower-case digits,
 * "-" for negative v, "0" for either zero. v must be finite; buf holds
 * DTOA_RADIX_SIZE. Returns the length. Radix 10 is not ECMAScript's
 * Number::toString (use dtoa_shortest).
 */
int dtoa_radix(double v, int radix, char *buf);

/*
 * Decimal string to double, correctly rounded (round to nearest, ties to
 * even) for every input: any number of digits, denormals, overflow to
 * infinity, underflow to zero. Syntax: [+-] digits [. digits] [(e|E) [+-]
 * digits], with at least one digit in the mantissa ("1.", ".5" are fine);
 * the exponent is taken only when a digit follows the e (as C strtod). No
 * leading white space, no "Infinity"/"NaN"/hex. If end is not NULL it gets
 * the first character not used; with no number at s, *end = s and 0 is
 * returned.
 */
double dtoa_strtod(const char *s, char **end);

#endif

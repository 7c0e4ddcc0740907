// The two astronomical quantities the lunar calendar needs, after J. Meeus, "Astronomical Algorithms"
// (2nd ed., 1998): the instant of a new moon (ch. 49) and the apparent longitude of the sun (ch. 25,
// low-accuracy series, about 0.01°). ΔT (TT − UT) follows the Espenak–Meeus polynomials.

const RAD = Math.PI / 180;
const sin = (deg: number): number => Math.sin(deg * RAD);

/** TT − UT in days for a (fractional) year, 1860–2150. */
export function deltaTDays(year: number): number {
  let s: number;
  if (year < 1900) {
    const t = year - 1860;
    s = 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  } else if (year < 1920) {
    const t = year - 1900;
    s = -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  } else if (year < 1941) {
    const t = year - 1920;
    s = 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  } else if (year < 1961) {
    const t = year - 1950;
    s = 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  } else if (year < 1986) {
    const t = year - 1975;
    s = 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  } else if (year < 2005) {
    const t = year - 2000;
    s =
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5;
  } else if (year < 2050) {
    const t = year - 2000;
    s = 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  } else {
    s = -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
  }
  return s / 86400;
}

/** Fractional year of a Julian Day, close enough for ΔT. */
function yearOf(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

// Periodic terms of the true new moon: [coefficient, power of E, multipliers of M, M′, F, Ω].
const NEW_MOON_TERMS: [number, number, number, number, number, number][] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Planetary arguments A1…A14: [coefficient, constant, rate per lunation, T² term].
const PLANETARY_TERMS: [number, number, number, number?][] = [
  [0.000325, 299.77, 0.107408, -0.009173],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Mean length of a lunation in days. */
export const SYNODIC_MONTH = 29.530588861;
/** Julian Ephemeris Day of the new moon of lunation 0 (6 January 2000). */
const NEW_MOON_EPOCH = 2451550.09766;

/** Lunation number k whose mean new moon is nearest the given Julian Day. */
export function nearestLunation(jd: number): number {
  return Math.round((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** The instant (Julian Day, UT) of the true new moon of lunation k (k = 0: 6 January 2000). */
export function newMoonUT(k: number): number {
  const T = k / 1236.85;
  const jde =
    NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * T ** 2 - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T ** 2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T ** 2 - 0.00000011 * T ** 3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T ** 2 + 0.00001238 * T ** 3 - 0.000000058 * T ** 4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T ** 2 - 0.00000227 * T ** 3 + 0.000000011 * T ** 4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T ** 2 + 0.00000215 * T ** 3;
  let correction = 0;
  for (const [c, e, m, mp, f, om] of NEW_MOON_TERMS) {
    correction += c * E ** e * sin(m * M + mp * Mp + f * F + om * Om);
  }
  for (const [c, a, rate, t2 = 0] of PLANETARY_TERMS) {
    correction += c * sin(a + rate * k + t2 * T ** 2);
  }
  const jdeTrue = jde + correction;
  return jdeTrue - deltaTDays(yearOf(jdeTrue));
}

/** Apparent geocentric longitude of the sun in degrees [0, 360) at a Julian Day (UT). */
export function sunLongitude(jdUT: number): number {
  const jde = jdUT + deltaTDays(yearOf(jdUT));
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T ** 2;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T ** 2;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T ** 2) * sin(M) +
    (0.019993 - 0.000101 * T) * sin(2 * M) +
    0.000289 * sin(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const apparent = L0 + C - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}

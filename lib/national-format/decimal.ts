// Exact decimal strings for money: yuan → 万元 is a decimal shift, rounding is half-up on the digits.
// BigInt arithmetic on the digits, so no binary floating point ever touches an amount.

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

type Scaled = { units: bigint; scale: number }; // value = units / 10^scale

function parse(text: string): Scaled {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new Error(`not a decimal number: "${text}"`);
  const [, sign, whole, fraction = ""] = match;
  const units = BigInt(whole + fraction);
  return { units: sign ? -units : units, scale: fraction.length };
}

function format({ units, scale }: Scaled, keepTrailingZeros = false): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  const kept = keepTrailingZeros ? fraction : fraction.replace(/0+$/, "");
  const text = kept ? `${whole}.${kept}` : whole;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Plain decimal notation: digits, optional sign, optional fraction (no exponent, no grouping). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}

export function isNonNegativeDecimal(text: string): boolean {
  return isDecimal(text) && !text.trim().startsWith("-");
}

/** Yuan (e.g. "1234.56", as Prisma's Decimal prints it) to 万元, exactly: "0.123456". */
export function yuanToWan(yuan: string): string {
  const { units, scale } = parse(yuan);
  return format({ units, scale: scale + 4 });
}

/** Exact sum of decimal strings. */
export function addDecimals(values: string[]): string {
  const parsed = values.map(parse);
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  const units = parsed.reduce((sum, p) => sum + p.units * 10n ** BigInt(scale - p.scale), 0n);
  return format({ units, scale });
}

/** Round half away from zero to exactly `decimals` places: ("0.12345", 4) → "0.1235", ("0", 2) → "0.00". */
export function roundDecimal(text: string, decimals: number): string {
  const { units, scale } = parse(text);
  if (scale <= decimals) return format({ units: units * 10n ** BigInt(decimals - scale), scale: decimals }, true);
  const divisor = 10n ** BigInt(scale - decimals);
  const magnitude = units < 0n ? -units : units;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return format({ units: units < 0n ? -rounded : rounded, scale: decimals }, true);
}

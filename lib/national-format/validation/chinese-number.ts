// Numbers as narratives write them: Arabic digits or simple Chinese numerals (五, 十二, 两百零五).

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Regex source matching one number token. */
export const NUMBER_TOKEN = "(\\d+|[零〇一二两三四五六七八九十百千]+)";

export function parseNumberToken(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  let total = 0;
  let digit = 0;
  for (const ch of token) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch in UNITS) {
      total += (digit || 1) * UNITS[ch];
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

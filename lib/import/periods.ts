// Turns the period labels found in statistical releases and statements into a machine period:
//   A "2019" · Q "2025-Q1" · M "2019-07" · D "2020-10-01" · R "2005/2023" (ISO 8601 interval; "../2025" open start)
import type { Frequency } from "../generated/prisma/enums";

export interface ParsedPeriod {
  frequency: Frequency;
  period: string;
  /** The year the period ends in: what charts and year filters use. */
  year: number;
  /** The source hedged the date ("c.2009/2010"). */
  circa: boolean;
}

const YEAR = "(1[89]\\d\\d|20\\d\\d)";

export function parsePeriodLabel(label: string): ParsedPeriod | null {
  const text = label.trim();
  const circa = /^c\.|circa|about/i.test(text);
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})$`).exec(text))) return { frequency: "D", period: text, year: Number(m[1]), circa };
  if ((m = new RegExp(`Q([1-4])\\s*${YEAR}`).exec(text)) || (m = new RegExp(`${YEAR}\\s*-?Q([1-4])`).exec(text))) {
    const [q, y] = /^Q/.test(m[0]) ? [m[1], m[2]] : [m[2], m[1]];
    return { frequency: "Q", period: `${y}-Q${q}`, year: Number(y), circa };
  }
  if ((m = new RegExp(`^beginning of ${YEAR}$`, "i").exec(text)))
    return { frequency: "D", period: `${m[1]}-01-01`, year: Number(m[1]), circa };
  if ((m = new RegExp(`mid-${YEAR}`, "i").exec(text))) return { frequency: "D", period: `${m[1]}-06-30`, year: Number(m[1]), circa };
  if ((m = new RegExp(`${YEAR}\\s*[-/–]\\s*${YEAR}`).exec(text)) && !/\bor\b|\bvs\b/.test(text)) {
    return { frequency: "R", period: `${m[1]}/${m[2]}`, year: Number(m[2]), circa };
  }
  if ((m = new RegExp(`${YEAR}\\b.*\\bvs\\.?\\s+${YEAR}`).exec(text))) {
    // "beginning of 2024 vs 2019": a change between two dates.
    const [a, b] = [Number(m[1]), Number(m[2])].sort((x, y) => x - y);
    return { frequency: "R", period: `${a}/${b}`, year: b!, circa };
  }
  if ((m = new RegExp(`^to ${YEAR}$`, "i").exec(text))) return { frequency: "R", period: `../${m[1]}`, year: Number(m[1]), circa };
  if ((m = new RegExp(`^(?:c\\.)?${YEAR}\\b`).exec(text))) return { frequency: "A", period: m[1]!, year: Number(m[1]), circa };
  return null;
}

/** A "period" qualifier column beside a year ("H1 2023", "9M 2023", "end of year"), as in investment.csv. */
export function refinePeriod(base: ParsedPeriod, qualifier: string): ParsedPeriod {
  const q = qualifier.trim();
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^H([12])\\s*${YEAR}$`).exec(q))) {
    const [from, to] = m[1] === "1" ? ["01", "06"] : ["07", "12"];
    return { ...base, frequency: "R", period: `${m[2]}-${from}/${m[2]}-${to}` };
  }
  if ((m = new RegExp(`^(\\d{1,2})M\\s*${YEAR}$`).exec(q))) {
    return { ...base, frequency: "R", period: `${m[2]}-01/${m[2]}-${m[1]!.padStart(2, "0")}` };
  }
  if (/^end of year$/i.test(q) && base.frequency === "A") return { ...base, frequency: "D", period: `${base.year}-12-31` };
  return base;
}

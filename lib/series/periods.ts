// Human labels and dates for stored periods (lib/import/periods.ts makes them):
//   A "2019" · Q "2025-Q1" · M "2019-07" · D "2020-10-01" · R "2005/2023", "2023-01/2023-06", "../2025".
import type { Frequency } from "../generated/prisma/enums";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The words of a period label in one locale: the dates come from Intl in `locale`, the phrases from the caller (a page
 * passes its catalogue's "dated" templates: lib/i18n/dated-words.ts). English, as stored in tests and exports, by default.
 */
export interface PeriodWords {
  locale: string;
  endOf: (label: string) => string;
  upTo: (label: string) => string;
  quarter: (quarter: number, year: string) => string;
}

export const ENGLISH_PERIODS: PeriodWords = {
  locale: "en",
  endOf: (label) => `end of ${label}`,
  upTo: (label) => `up to ${label}`,
  quarter: (q, year) => `Q${q} ${year}`,
};

const utc = (y: string, m: string, d = "1") => new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
const MONTH: Intl.DateTimeFormatOptions = { month: "short", year: "numeric", timeZone: "UTC" };

function monthName(mm: string): string {
  return MONTHS[Number(mm) - 1] ?? mm;
}

function pointLabel(part: string, words: PeriodWords): string {
  const en = words.locale === "en";
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(part)))
    return en ? `${Number(m[3])} ${monthName(m[2]!)} ${m[1]}` : new Intl.DateTimeFormat(words.locale, DAY).format(utc(m[1]!, m[2]!, m[3]!));
  if ((m = /^(\d{4})-Q([1-4])$/.exec(part))) return words.quarter(Number(m[2]), m[1]!);
  if ((m = /^(\d{4})-(\d{2})$/.exec(part)))
    return en ? `${monthName(m[2]!)} ${m[1]}` : new Intl.DateTimeFormat(words.locale, MONTH).format(utc(m[1]!, m[2]!));
  return part;
}

/** Two months of one year in the locale's form, the year written once: "янв.–июнь 2023 г.", "2023年1—6月". */
function monthRange(locale: string, year: string, from: string, to: string): string {
  const f = new Intl.DateTimeFormat(locale, MONTH);
  const last = f.formatToParts(utc(year, to)).find((p) => p.type === "month")?.value ?? to;
  const dash = locale === "zh" ? "—" : "–";
  return f
    .formatToParts(utc(year, from))
    .map((p) => (p.type === "month" ? `${p.value}${dash}${last}` : p.value))
    .join("");
}

/** "2020-10-01" → "1 Oct 2020"; "2023-01/2023-06" → "Jan–Jun 2023"; "../2025" → "up to 2025"; "2005/2019" → "2005–2019". */
export function periodLabel(period: string, frequency: Frequency, words: PeriodWords = ENGLISH_PERIODS): string {
  if (frequency !== "R") {
    const label = pointLabel(period, words);
    return frequency === "Q" ? words.endOf(label) : label;
  }
  const [start, end] = period.split("/") as [string, string | undefined];
  if (end === undefined) return pointLabel(start, words);
  if (start === "..") return words.upTo(pointLabel(end, words));
  const sm = /^(\d{4})-(\d{2})$/.exec(start);
  const em = /^(\d{4})-(\d{2})$/.exec(end);
  if (sm && em && sm[1] === em[1])
    return words.locale === "en" ? `${monthName(sm[2]!)}–${monthName(em[2]!)} ${sm[1]}` : monthRange(words.locale, sm[1]!, sm[2]!, em[2]!);
  return `${pointLabel(start, words)}–${pointLabel(end, words)}`;
}

/** The last day a period covers, as an ISO date (for sorting and for drawing dated points). */
export function periodEndDate(period: string, frequency: Frequency): string {
  const last = frequency === "R" ? (period.split("/")[1] ?? period) : period;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(last))) return last;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(last))) {
    const month = Number(m[2]) * 3;
    return isoMonthEnd(Number(m[1]), month);
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(last))) return isoMonthEnd(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})$/.exec(last))) return `${m[1]}-12-31`;
  throw new Error(`unknown period ${JSON.stringify(period)} (${frequency})`);
}

function isoMonthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Milliseconds since the epoch of an ISO date, for a numeric time axis. */
export function dateValue(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

// Human labels and dates for stored periods (lib/import/periods.ts makes them):
//   A "2019" · Q "2025-Q1" · M "2019-07" · D "2020-10-01" · R "2005/2023", "2023-01/2023-06", "../2025".
import type { Frequency } from "../generated/prisma/enums";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthName(mm: string): string {
  return MONTHS[Number(mm) - 1] ?? mm;
}

function pointLabel(part: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(part))) return `${Number(m[3])} ${monthName(m[2]!)} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(part))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(part))) return `${monthName(m[2]!)} ${m[1]}`;
  return part;
}

/** "2020-10-01" → "1 Oct 2020"; "2023-01/2023-06" → "Jan–Jun 2023"; "../2025" → "up to 2025"; "2005/2019" → "2005–2019". */
export function periodLabel(period: string, frequency: Frequency): string {
  if (frequency !== "R") {
    const label = pointLabel(period);
    return frequency === "Q" ? `end of ${label}` : label;
  }
  const [start, end] = period.split("/") as [string, string | undefined];
  if (end === undefined) return pointLabel(start);
  if (start === "..") return `up to ${pointLabel(end)}`;
  const sm = /^(\d{4})-(\d{2})$/.exec(start);
  const em = /^(\d{4})-(\d{2})$/.exec(end);
  if (sm && em && sm[1] === em[1]) return `${monthName(sm[2]!)}–${monthName(em[2]!)} ${sm[1]}`;
  return `${pointLabel(start)}–${pointLabel(end)}`;
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

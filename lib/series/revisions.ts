// How a series' value for one year was revised (issue 11): every value it has held across data versions (imports that
// replaced it) and across vintages and sources (WITS releases disagree by up to 3.4 %), with the dates. Read through
// the one SQL module (lib/observations/sql.ts revisionsSql).
import "server-only";
import { db } from "../db/client";
import { revisionsSql } from "../observations/sql";
import { trimDecimal } from "./queries";

export interface RevisionEntry {
  period: string;
  source: string;
  sourceTitle: string;
  publisher: string;
  vintage: string | null;
  vintageDate: string;
  value: string;
  flags: string[];
  /** The data version that introduced this value (0: before version history was kept) and its commit time. */
  from: { version: string; committedAt: string | null };
  /** The version that replaced it, or null while it is the current value. */
  to: { version: string; committedAt: string | null } | null;
}

interface Row {
  period: string;
  source_key: string;
  source_title: string;
  publisher: string;
  vintage: string;
  vintage_date: string;
  value: string;
  flags: string[];
  valid_from: string;
  valid_to: string | null;
  valid_from_at: Date | null;
  valid_to_at: Date | null;
}

export async function getRevisions(code: string, year: number): Promise<RevisionEntry[]> {
  const { text, values } = revisionsSql(code, year);
  const rows = await db().$queryRawUnsafe<Row[]>(text, ...values);
  return rows.map((r) => ({
    period: r.period,
    source: r.source_key,
    sourceTitle: r.source_title,
    publisher: r.publisher,
    vintage: r.vintage || null,
    vintageDate: r.vintage_date,
    value: trimDecimal(r.value),
    flags: r.flags,
    from: { version: r.valid_from, committedAt: r.valid_from_at?.toISOString() ?? null },
    to: r.valid_to === null ? null : { version: r.valid_to, committedAt: r.valid_to_at?.toISOString() ?? null },
  }));
}

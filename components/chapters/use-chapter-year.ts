"use client";
// One year of HS-chapter data in the browser: the year the page was rendered with comes with the page; another year
// the reader picks is fetched from /api/chapters (cached by data version, kept here for the visit).
import { useEffect, useState } from "react";
import type { ChapterYearPayload } from "@/lib/mirror/queries";

const fetched = new Map<string, Promise<ChapterYearPayload>>();

function load(exporter: string, importer: string, year: number): Promise<ChapterYearPayload> {
  const url = `/api/chapters?${new URLSearchParams({ exporter, importer, year: String(year) })}`;
  let p = fetched.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(((await r.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${r.status}`);
      return (await r.json()) as ChapterYearPayload;
    });
    p.catch(() => fetched.delete(url));
    fetched.set(url, p);
  }
  return p;
}

export function useChapterYear(
  initial: ChapterYearPayload,
  year: number,
): { data: ChapterYearPayload; loading: boolean; error: string | null } {
  const [loaded, setLoaded] = useState<{ year: number; data?: ChapterYearPayload; error?: string } | null>(null);
  useEffect(() => {
    if (year === initial.year) return;
    let cancelled = false;
    load(initial.exporter, initial.importer, year).then(
      (data) => !cancelled && setLoaded({ year, data }),
      (e: Error) => !cancelled && setLoaded({ year, error: e.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [initial, year]);
  if (year === initial.year) return { data: initial, loading: false, error: null };
  if (loaded?.year === year && loaded.data) return { data: loaded.data, loading: false, error: null };
  const previous = loaded?.data ?? initial;
  return { data: previous, loading: loaded?.year !== year, error: loaded?.year === year ? (loaded.error ?? null) : null };
}

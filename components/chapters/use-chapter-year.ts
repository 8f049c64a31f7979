"use client";
// One year of HS-chapter data in the browser, loaded from /api/chapters when the section comes near the viewport (it
// sits below the first screen); while another year loads, the last one stays on screen.
import { useState, type RefObject } from "react";
import { useLazyData } from "@/components/panel/use-lazy-data";
import { usePinnedVersion } from "@/components/site/data-version";
import type { ChapterYearPayload } from "@/lib/mirror/queries";

export function chaptersUrl(exporter: string, importer: string, year: number, v: string | null = null): string {
  return `/api/chapters?${new URLSearchParams({ exporter, importer, year: String(year), ...(v ? { v } : {}) })}`;
}

export function useChapterYear(
  pair: { exporter: string; importer: string },
  year: number,
  target: RefObject<Element | null>,
): { data: ChapterYearPayload | null; loading: boolean; error: string | null } {
  const v = usePinnedVersion();
  const { data, error } = useLazyData<ChapterYearPayload>(chaptersUrl(pair.exporter, pair.importer, year, v), target);
  // The last year loaded stays on screen until the next arrives (state adjusted while rendering, not in an effect).
  const [last, setLast] = useState<ChapterYearPayload | null>(null);
  if (data && data !== last) setLast(data);
  const shown = data ?? last;
  return { data: shown, loading: !data && !error, error };
}

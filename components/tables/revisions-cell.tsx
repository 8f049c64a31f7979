"use client";
// A table cell that opens the history of one series' value for one year (/api/revisions): every source and vintage,
// and every value an import replaced, with the dates — how the figure was revised.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatFull } from "@/lib/format";
import type { RevisionEntry } from "@/lib/series/revisions";

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

type RevisionWords = ReturnType<typeof useTranslations<"revisions">>;

function describe(e: RevisionEntry, t: RevisionWords): string {
  const vintage = [e.vintage, e.vintageDate].filter(Boolean).join(", ");
  const dated = (text: string, at: string | null) => (at ? `${text} (${day(at)})` : text);
  const since = e.from.version === "0" ? t("before") : dated(t("since", { version: e.from.version }), e.from.committedAt);
  const until = e.to ? dated(t("until", { version: e.to.version }), e.to.committedAt) : t("current");
  return t("entry", { publisher: e.publisher, vintage, since, until });
}

export function RevisionsCell({ code, year }: { code: string; year: number }) {
  const t = useTranslations("revisions");
  const locale = useLocale();
  const [state, setState] = useState<{ values?: RevisionEntry[]; error?: string } | null>(null);
  async function open() {
    if (state) return;
    setState({});
    try {
      const res = await fetch(`/api/revisions?${new URLSearchParams({ series: code, year: String(year) })}`);
      const body = (await res.json()) as { values?: RevisionEntry[]; error?: string };
      setState(res.ok ? { values: body.values ?? [] } : { error: body.error ?? `${res.status}` });
    } catch (error) {
      setState({ error: (error as Error).message });
    }
  }
  return (
    <details className="revisions" onToggle={(e) => e.currentTarget.open && void open()}>
      <summary>{t("summary")}</summary>
      {!state || (!state.values && !state.error) ? (
        <p className="muted">{t("loading")}</p>
      ) : state.error ? (
        <p className="muted">{t("failed", { error: state.error })}</p>
      ) : (
        <ul>
          {state.values!.map((e, i) => (
            <li key={i} className={e.to ? "revised" : undefined}>
              <span className="num">{formatFull(e.value, locale)}</span> {e.period !== String(year) ? `(${e.period}) ` : ""}
              <span className="muted small">{describe(e, t)}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

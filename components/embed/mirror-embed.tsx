"use client";
// One direction of the mirror chart alone, for other sites to frame (/embed/mirror-forward, /embed/mirror-reverse):
// the chart with its key as the mirror panel draws it (components/mirror/mirror-figure.tsx), the unmeasured gaps,
// the notes, in the embed frame. The URL state is the mirror page's (pair, years, sources, CIF/FOB, dollars, v).
import { useLocale, useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { directionColours, MirrorFigure, MirrorFlags, mirrorPublishers, useMirrorText } from "@/components/mirror/mirror-figure";
import { LocalNames } from "@/components/mirror/mirror-words";
import { DrawnNotes } from "@/components/panel/note-list";
import { formatFactor } from "@/lib/format";
import type { MirrorView } from "@/lib/mirror/direction-view";
import type { MirrorPagePayload } from "@/lib/mirror/payload";
import type { NoteInfo } from "@/lib/panel/types";
import { mirrorParsers } from "@/lib/mirror/url-state";
import { rowsInRange, workbenchView } from "@/lib/mirror/workbench";
import { EmbedFrame } from "./embed-frame";

export function MirrorEmbed({
  payload,
  direction,
  backHref,
  localNames,
}: {
  payload: MirrorPagePayload;
  direction: "forward" | "reverse";
  backHref: string;
  /** The economies' names in the page's locale, by code (lib/i18n/countries.ts localCountryNames). */
  localNames: Record<string, string>;
}) {
  const t = useTranslations("embed");
  const [state] = useQueryStates(mirrorParsers);
  const computed = useMemo(() => workbenchView(payload, state), [payload, state]);
  const view = computed[direction];
  if (!view) return <p className="empty">{t("empty")}</p>;
  return (
    <LocalNames.Provider value={localNames}>
      <MirrorEmbedFrame
        view={view}
        range={computed.range}
        notes={payload[direction]?.notes ?? []}
        direction={direction}
        backHref={backHref}
      />
    </LocalNames.Provider>
  );
}

function MirrorEmbedFrame(p: {
  view: MirrorView;
  range: { from: number; to: number };
  notes: NoteInfo[];
  direction: "forward" | "reverse";
  backHref: string;
}) {
  const t = useTranslations("embed");
  const locale = useLocale();
  const { view, range, notes } = p;
  const { title, dollars } = useMirrorText(view);
  const id = `mirror-${p.direction}`;
  return (
    <EmbedFrame
      title={title}
      subtitle={`${dollars}, ${range.from}–${range.to}; CIF/FOB ${formatFactor(view.cifFob, locale)}`}
      backHref={p.backHref}
      publishers={mirrorPublishers(view)}
    >
      <div className="mirror-panel">
        <MirrorFigure id={id} view={view} range={range} notes={notes} colors={directionColours(p.direction)} />
      </div>
      <MirrorFlags view={view} rows={rowsInRange(view.rows, range)} />
      <DrawnNotes panelId={id} notes={notes} open={false} heading={t("notes")} />
    </EmbedFrame>
  );
}

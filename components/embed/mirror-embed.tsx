"use client";
// One direction of the mirror chart alone, for other sites to frame (/embed/mirror-forward, /embed/mirror-reverse):
// the chart with its key as the mirror panel draws it (components/mirror/mirror-figure.tsx), the unmeasured gaps,
// the notes, in the embed frame. The URL state is the mirror page's (pair, years, sources, CIF/FOB, dollars, v).
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import {
  directionColours,
  MirrorFigure,
  MirrorFlags,
  mirrorDollars,
  mirrorPublishers,
  mirrorTitle,
} from "@/components/mirror/mirror-figure";
import { DrawnNotes } from "@/components/panel/note-list";
import { formatFactor } from "@/lib/format";
import type { MirrorPagePayload } from "@/lib/mirror/payload";
import { mirrorParsers } from "@/lib/mirror/url-state";
import { rowsInRange, workbenchView } from "@/lib/mirror/workbench";
import { EmbedFrame } from "./embed-frame";

export function MirrorEmbed({
  payload,
  direction,
  backHref,
}: {
  payload: MirrorPagePayload;
  direction: "forward" | "reverse";
  backHref: string;
}) {
  const t = useTranslations("embed");
  const [state] = useQueryStates(mirrorParsers);
  const computed = useMemo(() => workbenchView(payload, state), [payload, state]);
  const view = computed[direction];
  const notes = payload[direction]?.notes ?? [];
  if (!view) return <p className="empty">{t("empty")}</p>;
  const { range } = computed;
  const id = `mirror-${direction}`;
  return (
    <EmbedFrame
      title={mirrorTitle(view)}
      subtitle={`${mirrorDollars(view)}, ${range.from}–${range.to}; CIF/FOB ${formatFactor(view.cifFob)}`}
      backHref={backHref}
      publishers={mirrorPublishers(view)}
    >
      <div className="mirror-panel">
        <MirrorFigure id={id} view={view} range={range} notes={notes} colors={directionColours(direction)} />
      </div>
      <MirrorFlags view={view} rows={rowsInRange(view.rows, range)} />
      <DrawnNotes panelId={id} notes={notes} open={false} heading={t("notes")} />
    </EmbedFrame>
  );
}

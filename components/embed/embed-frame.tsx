"use client";
// The frame of every chart embed (/embed/{chart id}): the title linking to the full view, the units and years, the
// chart with its key and notes (given by the chart's kind), the source line with the data version, and a link back.
// The height follows the content through postMessage, so the parent's iframe can fit it (lib/embed/snippet.ts).
import { useTranslations } from "next-intl";
import { useEffect, type ReactNode } from "react";
import { useDataVersion } from "@/components/site/data-version";
import { EMBED_HEIGHT_MESSAGE } from "@/lib/embed/snippet";

function useReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const send = () => window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: document.documentElement.scrollHeight }, "*");
    const observer = new ResizeObserver(send);
    observer.observe(document.body);
    send();
    return () => observer.disconnect();
  }, []);
}

export interface EmbedFrameProps {
  title: string;
  /** Units and years, under the title. */
  subtitle: string;
  /** The full view: the page with the same URL state (and `v=` when pinned), at the chart's anchor. */
  backHref: string;
  /** Publishers of the values shown. */
  publishers: readonly string[];
  children: ReactNode;
}

export function EmbedFrame({ title, subtitle, backHref, publishers, children }: EmbedFrameProps) {
  const t = useTranslations("embed");
  const { version, committedAt, pinned } = useDataVersion();
  useReportHeight();
  const date = committedAt ? committedAt.slice(0, 10) : "—";
  return (
    <article className="embed" aria-labelledby="embed-title">
      <h1 id="embed-title">
        <a href={backHref} target="_blank" rel="noopener">
          {title}
        </a>
      </h1>
      {subtitle && <p className="muted embed-subtitle">{subtitle}</p>}
      {children}
      <p className="embed-source">
        {t(pinned ? "sourcePinned" : "source", { publishers: publishers.join("; "), date, version })}{" "}
        <a href={backHref} target="_blank" rel="noopener">
          {t("back")}
        </a>
      </p>
    </article>
  );
}

"use client";
// "Embed": the <iframe> snippet of this chart as the reader sees it (same URL state, pinned version included), for
// other sites to paste. The snippet is built from the browser's own URL when the reader opens the box.
import { useState } from "react";
import { CopyButton } from "@/components/controls/copy-button";
import { embedSnippet, embedUrl } from "@/lib/embed/snippet";

const LABELS = {
  summary: "Embed",
  intro: "Paste this into a web page to show the chart with its legend, notes and sources; it links back here.",
  code: "Embed code",
  copy: "Copy embed code",
  preview: "Open the embed",
};

export function EmbedAction({ panelId, title }: { panelId: string; title: string }) {
  const [src, setSrc] = useState<string | null>(null);
  return (
    <details className="embed-action" onToggle={(e) => e.currentTarget.open && setSrc(embedUrl(window.location.href, panelId))}>
      <summary>{LABELS.summary}</summary>
      {src && (
        <div>
          <p className="muted">{LABELS.intro}</p>
          <label>
            {LABELS.code}
            <textarea readOnly rows={4} value={embedSnippet(src, title)} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={embedSnippet(src, title)} label={`${LABELS.copy}: ${title}`}>
            {LABELS.copy}
          </CopyButton>{" "}
          <a href={src} target="_blank" rel="noopener">
            {LABELS.preview}
          </a>
        </div>
      )}
    </details>
  );
}

"use client";
// "Embed": the <iframe> snippet of this chart as the reader sees it (same URL state, pinned version included), for
// other sites to paste. The snippet is built from the browser's own URL when the reader opens the box.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CopyButton } from "@/components/controls/copy-button";
import { embedSnippet, embedUrl } from "@/lib/embed/snippet";

export function EmbedAction({ panelId, title }: { panelId: string; title: string }) {
  const t = useTranslations("panel.embed");
  const [src, setSrc] = useState<string | null>(null);
  return (
    <details className="embed-action" onToggle={(e) => e.currentTarget.open && setSrc(embedUrl(window.location.href, panelId))}>
      <summary>{t("summary")}</summary>
      {src && (
        <div>
          <p className="muted">{t("intro")}</p>
          <label>
            {t("code")}
            <textarea readOnly rows={4} value={embedSnippet(src, title)} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={embedSnippet(src, title)} label={t("copyLabel", { title })}>
            {t("copy")}
          </CopyButton>{" "}
          <a href={src} target="_blank" rel="noopener">
            {t("preview")}
          </a>
        </div>
      )}
    </details>
  );
}

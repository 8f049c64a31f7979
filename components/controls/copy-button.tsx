"use client";
// Copies a ready citation to the clipboard and says so (politely) to screen readers.
import { useTranslations } from "next-intl";
import { useState } from "react";

export function CopyButton({ text, label, children }: { text: string; label: string; children?: string }) {
  const t = useTranslations("common");
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t("copied"));
    } catch {
      setStatus(t("copyFailed"));
    }
    setTimeout(() => setStatus(""), 4000);
  };
  return (
    <>
      <button type="button" className="copy-button" onClick={copy} aria-label={label}>
        {children ?? t("copy")}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </>
  );
}

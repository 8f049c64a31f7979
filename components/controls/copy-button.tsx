"use client";
// Copies a ready citation to the clipboard and says so (politely) to screen readers.
import { useState } from "react";

export function CopyButton({ text, label, children = "Copy citation" }: { text: string; label: string; children?: string }) {
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied");
    } catch {
      setStatus("Copy failed: select the text and copy it");
    }
    setTimeout(() => setStatus(""), 4000);
  };
  return (
    <>
      <button type="button" className="copy-button" onClick={copy} aria-label={label}>
        {children}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </>
  );
}

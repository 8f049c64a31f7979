"use client";
// A section the reader opens on demand: its content is built only then, so a long table or list that few open is not
// part of the page as sent.
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

export function Disclosure({ label, children }: { label: string; children: () => ReactNode }) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? t("hide", { label }) : label}
      </button>
      <div id={id}>{open ? children() : null}</div>
    </div>
  );
}

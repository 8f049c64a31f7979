"use client";
// A navigation link's pending state (next/link useLinkStatus): pages have no loading.tsx — a view is served from the
// page cache in milliseconds, and a Suspense fallback would be what readers without JavaScript see instead of the
// page — so the link itself shows the rare wait (the first render of a view after an import).
import { useLinkStatus } from "next/link";

export function LinkPending() {
  const { pending } = useLinkStatus();
  return <span aria-hidden="true" className={`link-pending${pending ? " is-pending" : ""}`} />;
}

"use client";
// Shown when a page could not be built. Server errors reach the browser without their message in production, so the
// page asks /api/health whether the database answers and says which of the two failed.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

const PAGE_NAMES: Record<string, string> = {
  "/": "overview",
  "/trade": "trade",
  "/investment": "investment",
  "/debt": "external debt",
  "/notes": "notes",
  "/sources": "sources",
  "/mirror": "mirror statistics",
};

type Diagnosis = "checking" | "database-down" | "page-error";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const pathname = usePathname();
  const [diagnosis, setDiagnosis] = useState<Diagnosis>("checking");
  useEffect(() => {
    let cancelled = false;
    fetch("/api/health", { cache: "no-store" })
      .then((r) => (cancelled ? undefined : setDiagnosis(r.ok ? "page-error" : "database-down")))
      .catch(() => !cancelled && setDiagnosis("database-down"));
    return () => {
      cancelled = true;
    };
  }, [error]);
  const page = PAGE_NAMES[pathname] ?? "page";
  return (
    <div className="error-box" role="alert">
      <h1>The {page} figures could not be loaded</h1>
      {diagnosis === "checking" && <p>Checking whether the database answers…</p>}
      {diagnosis === "database-down" && (
        <p>
          <strong>The database is not answering.</strong> This is usually temporary (a restart or maintenance); the page will work again as
          soon as it is back. Nothing is wrong with your link.
        </p>
      )}
      {diagnosis === "page-error" && (
        <p>
          <strong>The database answers, but this page failed while it was being built.</strong> This is a fault in the site, not in your
          link. Please report it with the reference below.
        </p>
      )}
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        or go to the <Link href="/sources">sources</Link>.
      </p>
    </div>
  );
}

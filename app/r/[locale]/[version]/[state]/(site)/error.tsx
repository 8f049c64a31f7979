"use client";
// Shown when a page could not be built. Server errors reach the browser without their message in production, so the
// page asks /api/health whether the database answers and says which of the two failed. Its words are not sent with
// every page: they load with it (lib/i18n/on-demand-words.ts), while it asks.
import Link from "next/link";
import { NextIntlClientProvider, useLocale, useTranslations } from "next-intl";
import { useSelectedLayoutSegment } from "next/navigation";
import { useEffect, useState } from "react";
import { useOnDemandMessages } from "@/components/site/on-demand-words";
import { loadNamespace } from "@/lib/i18n/on-demand-words";
import { localePath } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/pages/target";

const loadErrorWords = (locale: Locale) => loadNamespace(locale, "errorPage");

type Diagnosis = "checking" | "database-down" | "page-error";

export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useLocale();
  const messages = useOnDemandMessages("errorPage", loadErrorWords);
  if (!messages) return <div className="error-box" role="alert" aria-busy="true" />;
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <ErrorMessage {...props} />
    </NextIntlClientProvider>
  );
}

function ErrorMessage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  // The page below the (site) group: "trade", "mirror"…; null on the overview.
  const segment = useSelectedLayoutSegment();
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
  const page = segment === null || segment.startsWith("__") ? "overview" : segment;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="error-box" role="alert">
      <h1>{t("title", { page })}</h1>
      {diagnosis === "checking" && <p>{t("checking")}</p>}
      {diagnosis === "database-down" && <p>{t.rich("databaseDown", { strong })}</p>}
      {diagnosis === "page-error" && <p>{t.rich("pageError", { strong })}</p>}
      {error.digest && <p className="muted">{t("reference", { digest: error.digest })}</p>}
      <p>
        <button type="button" onClick={reset}>
          {t("retry")}
        </button>{" "}
        {t.rich("orSources", { sources: (chunks) => <Link href={localePath(locale, "/sources")}>{chunks}</Link> })}
      </p>
    </div>
  );
}

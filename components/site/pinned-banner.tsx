// The banner of a pinned view (`?v=<older version>`): the values are shown as they were at that version, and the
// reader gets one click to the same view with the current data. Server component: its words are the "pinned"
// messages of the page's locale, its date in the locale's long form.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/pages/target";

export async function PinnedBanner({
  version,
  committedAt,
  currentQuery,
  locale,
}: {
  version: string;
  committedAt: string | null;
  currentQuery: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "pinned" });
  const date = committedAt
    ? new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
        year: "numeric",
        month: "long",
        day: "numeric",
        timeZone: "UTC",
      }).format(new Date(committedAt))
    : null;
  // "?query" keeps the page's path: the layout does not need to know which page it frames.
  const href = `?${currentQuery}`;
  return (
    <div className="pinned-banner" role="note">
      <p>
        <strong>{date ? t("asOf", { date }) : t("asOfVersion", { version })}</strong> {t("version", { version })}{" "}
        <a href={href}>{t("current")}</a>
      </p>
    </div>
  );
}

// Localized <title> and description of each page, from the "meta" namespace of the locale's catalogue.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { PageId } from "../pages/registry";
import { pageShareCard } from "../pages/share-card";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../pages/target";
import { localePath } from "./routing";

export type MetaPage = "overview" | "trade" | "mirror" | "investment" | "debt" | "notes" | "sources" | "about" | "notFound";

export function asLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The site-wide metadata of a locale: title template and default description. */
export async function siteMetadataFor(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "site" });
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("description") };
}

/** generateMetadata of a page: its title and description in the route's locale. */
export function pageMetadata(page: MetaPage) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const locale = asLocale((await params).locale);
    const t = await getTranslations({ locale, namespace: "meta" });
    return page === "overview"
      ? { description: t(`${page}.description`) }
      : { title: t(`${page}.title`), description: t(`${page}.description`) };
  };
}

/**
 * A data page's metadata in its locale: the share card of the view (lib/pages/share-card.ts, English as it was) with
 * the title, description and card texts of the locale's catalogue, and the card's URL in the locale.
 */
export async function localizedShareCard(
  page: PageId,
  view: { locale: Locale; query: string; state: Record<string, unknown>; pinned: boolean; version: string },
): Promise<Metadata> {
  const base = pageShareCard(page, view);
  if (view.locale === DEFAULT_LOCALE) return base;
  const t = await getTranslations({ locale: view.locale, namespace: "meta" });
  const site = (await getTranslations({ locale: view.locale, namespace: "site" }))("name");
  const title = t(`${page}.title`);
  const description = t(`${page}.description`);
  const url = base.openGraph?.url;
  return {
    ...base,
    title: page === "overview" ? { absolute: site } : title,
    description,
    openGraph: {
      ...base.openGraph,
      siteName: site,
      title: page === "overview" ? site : `${title} · ${site}`,
      description,
      ...(typeof url === "string" ? { url: localePath(view.locale, url) } : {}),
    },
  };
}

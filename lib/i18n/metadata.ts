// Localized <title> and description of each page, from the "meta" namespace of the locale's catalogue.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../pages/target";

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

// The messages a page's client components read (useTranslations), sent with that page only: the panel texts to the
// pages with charts, the mirror's sentences to the mirror page. Keeps every page's HTML within its budget.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { COMMON_NAMESPACES, pickMessages, type Namespace } from "@/lib/i18n/messages";
import type { SeriesPanelId } from "@/lib/pages/panels";
import type { Locale } from "@/lib/pages/target";

export function PageMessages({
  locale,
  namespaces,
  panels,
  omit,
  children,
}: {
  locale: Locale;
  namespaces: readonly Namespace[];
  /** The page's series panels: only their titles and series labels are sent. */
  panels?: readonly SeriesPanelId[];
  /** Keys a part of the page loads with its data (the mirror's by-product section): left out here. */
  omit?: Partial<Record<Namespace, readonly string[]>>;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={pickMessages(locale, [...COMMON_NAMESPACES, ...namespaces], panels, omit)}
      timeZone="UTC"
    >
      {children}
    </NextIntlClientProvider>
  );
}

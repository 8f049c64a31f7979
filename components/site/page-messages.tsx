// The messages a page's client components read (useTranslations), sent with that page only: the panel texts to the
// pages with charts, the mirror's sentences to the mirror page. Keeps every page's HTML within its budget.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { pickMessages, type Namespace } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/pages/target";

export function PageMessages({ locale, namespaces, children }: { locale: Locale; namespaces: readonly Namespace[]; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, namespaces)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

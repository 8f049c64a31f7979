// Root layout of the pages that hold no data (about, not found): prerendered at build time for every locale, as
// static as a page gets.
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site/site-shell";
import { pickMessages, SHELL_NAMESPACES } from "@/lib/i18n/messages";
import { asLocale, siteMetadataFor } from "@/lib/i18n/metadata";
import { LOCALES } from "@/lib/pages/target";
import { siteViewport } from "@/lib/pages/site-metadata";
import "../../../globals.css";

export const viewport = siteViewport;
export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return siteMetadataFor(asLocale((await params).locale));
}

export async function generateStaticParams(): Promise<{ locale: string }[]> {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function StaticLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={pickMessages(locale, SHELL_NAMESPACES)} timeZone="UTC">
          <SiteShell locale={locale}>{children}</SiteShell>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

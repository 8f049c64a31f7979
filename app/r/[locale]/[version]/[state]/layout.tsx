// Root layout of every data page. The route is internal: proxy.ts rewrites a public URL to
// /r/{locale}/{data version}/{state}/{page}, so each view is rendered once per locale and data version and then served
// from the cache. URL state reaches client components through nuqs's React adapter, seeded with the view's canonical
// state so the server-rendered HTML already shows it; after hydration the controls update the URL without a server
// round trip. Texts come from the locale's catalogue (next-intl); client components get only their namespaces.
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/react";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site/site-shell";
import { pickMessages, SHELL_NAMESPACES } from "@/lib/i18n/messages";
import { asLocale, siteMetadataFor } from "@/lib/i18n/metadata";
import { decodeStateSegment } from "@/lib/pages/target";
import { siteViewport } from "@/lib/pages/site-metadata";
import "../../../../globals.css";

export const viewport = siteViewport;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return siteMetadataFor(asLocale((await params).locale));
}

/** Nothing is rendered at build time (there is no database then): every view is rendered on its first request. */
export async function generateStaticParams(): Promise<{ locale: string; version: string; state: string }[]> {
  return [];
}

export default async function DataLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; state: string }>;
}) {
  const { locale: raw, state } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const query = decodeStateSegment(state);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={pickMessages(locale, SHELL_NAMESPACES)} timeZone="UTC">
          <NuqsAdapter serverSearch={query} fullPageNavigationOnShallowFalseUpdates>
            <SiteShell locale={locale} query={query}>
              {children}
            </SiteShell>
          </NuqsAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

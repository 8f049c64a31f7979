// Root layout of every data page and embed (the site's frame is (site)/layout.tsx; embeds have none). The route is internal: proxy.ts rewrites a public URL to
// /r/{locale}/{data version}/{state}/{page}, so each view is rendered once per data version and then served from the
// cache. URL state reaches client components through nuqs's React adapter, seeded with the view's canonical state
// so the server-rendered HTML already shows it; after hydration the controls update the URL without a server round trip.
import { NuqsAdapter } from "nuqs/adapters/react";
import type { ReactNode } from "react";
import { DataVersionProvider } from "@/components/site/data-version";
import { dataVersionInfo } from "@/lib/data-version";
import { decodeStateSegment, parseVersionSegment } from "@/lib/pages/target";
import { siteMetadata, siteViewport } from "@/lib/pages/site-metadata";
import "../../../../globals.css";

export const metadata = siteMetadata;
export const viewport = siteViewport;

/** Nothing is rendered at build time (there is no database then): every view is rendered on its first request. */
export async function generateStaticParams(): Promise<{ locale: string; version: string; state: string }[]> {
  return [];
}

export default async function DataLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; version: string; state: string }>;
}) {
  const { locale, version: segment, state } = await params;
  const { version, pinned } = parseVersionSegment(segment);
  const info = await dataVersionInfo(version);
  const query = decodeStateSegment(state);
  return (
    <html lang={locale}>
      <body>
        <NuqsAdapter serverSearch={query} fullPageNavigationOnShallowFalseUpdates>
          <DataVersionProvider value={{ version, committedAt: info?.committedAt ?? null, pinned }}>{children}</DataVersionProvider>
        </NuqsAdapter>
      </body>
    </html>
  );
}

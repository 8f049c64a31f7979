// Root layout of every data page. The route is internal: proxy.ts rewrites a public URL to
// /r/{locale}/{data version}/{state}/{page}, so each view is rendered once per data version and then served from the
// cache. URL state reaches client components through nuqs's React adapter, seeded with the view's canonical state
// so the server-rendered HTML already shows it; after hydration the controls update the URL without a server round trip.
import { NuqsAdapter } from "nuqs/adapters/react";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site/site-shell";
import { decodeStateSegment } from "@/lib/pages/target";
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
  params: Promise<{ locale: string; state: string }>;
}) {
  const { locale, state } = await params;
  return (
    <html lang={locale}>
      <body>
        <NuqsAdapter serverSearch={decodeStateSegment(state)} fullPageNavigationOnShallowFalseUpdates>
          <SiteShell>{children}</SiteShell>
        </NuqsAdapter>
      </body>
    </html>
  );
}

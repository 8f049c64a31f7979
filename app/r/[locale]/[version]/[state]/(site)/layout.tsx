// Root layout of every data page. The route is internal: proxy.ts rewrites a public URL to
// /r/{locale}/{data version}/{state}/{page}, so each view is rendered once per data version (and once per pinned
// version, "p57") and then served from the cache. The embeds (../(embed)/) have a root layout of their own, without
// the site's frame, so neither pays for the other in its HTML.
import type { ReactNode } from "react";
import { DataDocument } from "@/components/site/data-document";
import { asLocale, siteMetadataFor } from "@/lib/i18n/metadata";
import { siteViewport } from "@/lib/pages/site-metadata";
import "../../../../../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return siteMetadataFor(asLocale((await params).locale));
}
export const viewport = siteViewport;

/** Nothing is rendered at build time (there is no database then): every view is rendered on its first request. */
export async function generateStaticParams(): Promise<{ locale: string; version: string; state: string }[]> {
  return [];
}

export default function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; version: string; state: string }>;
}) {
  return (
    <DataDocument params={params} frame="site">
      {children}
    </DataDocument>
  );
}

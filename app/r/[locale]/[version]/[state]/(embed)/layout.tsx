// Root layout of the chart embeds (/embed/{panel id}): the document without the site's frame. Framed by other sites;
// next.config.js gives these routes, and only these, `frame-ancestors *`.
import type { ReactNode } from "react";
import { DataDocument } from "@/components/site/data-document";
import { asLocale, siteMetadataFor } from "@/lib/i18n/metadata";
import { siteViewport } from "@/lib/pages/site-metadata";
import "../../../../../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return siteMetadataFor(asLocale((await params).locale));
}
export const viewport = siteViewport;

/** Rendered on first request, then cached per data version (like the pages). */
export async function generateStaticParams(): Promise<{ locale: string; version: string; state: string }[]> {
  return [];
}

export default function EmbedLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; version: string; state: string }>;
}) {
  return (
    <DataDocument params={params} frame="embed">
      {children}
    </DataDocument>
  );
}

// Root layout of the pages that hold no data (about, not found): prerendered at build time, as static as a page gets.
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site/site-shell";
import { LOCALES } from "@/lib/pages/target";
import { siteMetadata, siteViewport } from "@/lib/pages/site-metadata";
import "../../../globals.css";

export const metadata = siteMetadata;
export const viewport = siteViewport;
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ locale: string }[]> {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function StaticLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return (
    <html lang={locale}>
      <body>
        <SiteShell>{children}</SiteShell>
      </body>
    </html>
  );
}

// The site's frame around every data page: header, navigation, footer, and the banner of a view pinned to an older
// data version (`?v=`). Embeds (../(embed)/) are framed by other sites and have none of it.
import type { ReactNode } from "react";
import { PinnedBanner } from "@/components/site/pinned-banner";
import { SiteShell } from "@/components/site/site-shell";
import { dataVersionInfo } from "@/lib/data-version";
import { decodeStateSegment, parseVersionSegment } from "@/lib/pages/target";

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; version: string; state: string }>;
}) {
  const { version: segment, state } = await params;
  const { version, pinned } = parseVersionSegment(segment);
  const banner = pinned ? (
    <PinnedBanner
      version={version}
      committedAt={(await dataVersionInfo(version))?.committedAt ?? null}
      currentQuery={decodeStateSegment(state)}
    />
  ) : null;
  return <SiteShell banner={banner}>{children}</SiteShell>;
}

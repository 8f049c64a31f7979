// The document of every data page and embed (server component): <html>, nuqs's adapter seeded with the view's canonical
// state (so the server-rendered HTML already shows it; after hydration the controls update the URL without a server
// round trip) and the data version the view shows. The site's pages wrap their content in the site's frame; embeds
// do not. Each of the two route groups has its own root layout around this.
import { NuqsAdapter } from "nuqs/adapters/react";
import type { ReactNode } from "react";
import { dataVersionInfo } from "@/lib/data-version";
import { decodeStateSegment, parseVersionSegment } from "@/lib/pages/target";
import { DataVersionProvider } from "./data-version";
import { PinnedBanner } from "./pinned-banner";
import { SiteShell } from "./site-shell";

export async function DataDocument({
  params,
  frame,
  children,
}: {
  params: Promise<{ locale: string; version: string; state: string }>;
  /** "site": header, navigation, footer and the pinned-version banner; "embed": the content alone. */
  frame: "site" | "embed";
  children: ReactNode;
}) {
  const { locale, version: segment, state } = await params;
  const { version, pinned } = parseVersionSegment(segment);
  const committedAt = (await dataVersionInfo(version))?.committedAt ?? null;
  const query = decodeStateSegment(state);
  const content =
    frame === "site" ? (
      <SiteShell banner={pinned ? <PinnedBanner version={version} committedAt={committedAt} currentQuery={query} /> : null}>
        {children}
      </SiteShell>
    ) : (
      children
    );
  return (
    <html lang={locale}>
      <body>
        <NuqsAdapter serverSearch={query} fullPageNavigationOnShallowFalseUpdates>
          <DataVersionProvider value={{ version, committedAt, pinned }}>{content}</DataVersionProvider>
        </NuqsAdapter>
      </body>
    </html>
  );
}

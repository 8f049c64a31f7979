// The document of every data page and embed (server component): <html>, nuqs's adapter seeded with the view's canonical
// state (so the server-rendered HTML already shows it; after hydration the controls update the URL without a server
// round trip) and the data version the view shows. The site's pages wrap their content in the site's frame; embeds
// do not. Each of the two route groups has its own root layout around this.
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/react";
import type { ReactNode } from "react";
import { dataVersionInfo } from "@/lib/data-version";
import { pickMessages, SHELL_NAMESPACES } from "@/lib/i18n/messages";
import { asLocale } from "@/lib/i18n/metadata";
import { decodeStateSegment } from "@/lib/pages/state-segment";
import { parseVersionSegment } from "@/lib/pages/target";
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
  const { locale: raw, version: segment, state } = await params;
  // Texts come from the locale's catalogue (next-intl); client components get only their namespaces (the shell's
  // here, each page's own with the page: components/site/page-messages.tsx).
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const { version, pinned } = parseVersionSegment(segment);
  const committedAt = (await dataVersionInfo(version))?.committedAt ?? null;
  const query = decodeStateSegment(state);
  const content =
    frame === "site" ? (
      <SiteShell
        locale={locale}
        query={query}
        banner={pinned ? <PinnedBanner version={version} committedAt={committedAt} currentQuery={query} locale={locale} /> : null}
      >
        {children}
      </SiteShell>
    ) : (
      children
    );
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider locale={locale} messages={pickMessages(locale, SHELL_NAMESPACES)} timeZone="UTC">
          <NuqsAdapter serverSearch={query} fullPageNavigationOnShallowFalseUpdates>
            <DataVersionProvider value={{ version, committedAt, pinned }}>{content}</DataVersionProvider>
          </NuqsAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SourceDirectory } from "@/components/sources/source-directory";
import { PageMessages } from "@/components/site/page-messages";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";
import { listAllSources } from "@/lib/series/queries";
import { directoryGroups } from "@/lib/sources/directory";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("sources", await pageView("sources", params));
}

export default async function SourcesPage({ params }: { params: Promise<RouteParams> }) {
  const { locale } = await pageView("sources", params);
  const t = await getTranslations({ locale, namespace: "sources" });
  const sources = await listAllSources();
  const observations = sources.reduce((n, s) => n + s.observationCount, 0);
  return (
    <PageMessages locale={locale} namespaces={["sourcesDir"]}>
      <h1>{t("h1")}</h1>
      <p className="lede">{t("lede", { sources: sources.length, values: observations })}</p>
      <SourceDirectory groups={directoryGroups(sources)} />
    </PageMessages>
  );
}

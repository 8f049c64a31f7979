import type { Metadata } from "next";
import "@/components/mirror/mirror.css";
import { getTranslations } from "next-intl/server";
import { Methodology } from "@/components/mirror/methodology";
import { MirrorWorkbench } from "@/components/mirror/mirror-workbench";
import { PageMessages } from "@/components/site/page-messages";
import { localCountryName } from "@/lib/i18n/countries";
import { loadMirrorPage } from "@/lib/mirror/load-page";
import { loadMethodologyNotes } from "@/lib/mirror/queries";
import type { MirrorPagePayload } from "@/lib/mirror/payload";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";
import type { Locale } from "@/lib/pages/target";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("mirror", await pageView("mirror", params));
}

export default async function MirrorPage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, locale, pin } = await pageView("mirror", params);
  const t = await getTranslations({ locale, namespace: "mirror" });
  const [payload, methodology] = await Promise.all([loadMirrorPage(state, pin.asOf), loadMethodologyNotes()]);
  if (!payload) {
    return (
      <>
        <h1>{t("h1Empty")}</h1>
        <p className="error-box">{t("empty")}</p>
      </>
    );
  }
  const f = payload.forward;
  return (
    <>
      <h1>{t("h1", { exporter: f.exporter, importer: f.importer, exporterName: f.exporterName, importerName: f.importerName })}</h1>
      <p className="lede">{t("lede")}</p>
      {/* The mirror's client components also read the summary sentences: only this page sends them to the browser. */}
      <PageMessages locale={locale} namespaces={["panel", "mirrorSummary", "mirrorPanel", "notes_panel"]}>
        <MirrorWorkbench payload={payload} citationYear={citationYear} localNames={localNames(payload, locale)} />
      </PageMessages>
      <Methodology notes={methodology} />
    </>
  );
}

/**
 * The countries of the page named in its locale (Intl.DisplayNames + the glossary's overrides), for the texts that
 * come from the catalogue (the workbench provides them to every mirror component). The payload keeps its English
 * names for the citations, which stay in English.
 */
function localNames(payload: MirrorPagePayload, locale: Locale): Record<string, string> {
  const codes = new Set(payload.pairs.flatMap((p) => [p.exporter, p.importer]));
  return Object.fromEntries([...codes].map((code) => [code, localCountryName(code, locale)]));
}

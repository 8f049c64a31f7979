import type { Metadata } from "next";
import "@/components/mirror/mirror.css";
import { getTranslations } from "next-intl/server";
import { Methodology } from "@/components/mirror/methodology";
import { methodologyItems } from "@/lib/mirror/methodology";
import { MirrorWorkbench } from "@/components/mirror/mirror-workbench";
import { PageMessages } from "@/components/site/page-messages";
import { localCountryNames } from "@/lib/i18n/countries";
import { BY_PRODUCT_KEYS } from "@/lib/i18n/by-product-words";
import { loadMirrorPage } from "@/lib/mirror/load-page";
import { loadMethodologyNotes } from "@/lib/mirror/queries";
import { localizedShareCard } from "@/lib/i18n/metadata";
import { pageView, type RouteParams } from "@/lib/pages/params";

export async function generateMetadata({ params }: { params: Promise<RouteParams> }): Promise<Metadata> {
  return localizedShareCard("mirror", await pageView("mirror", params));
}

export default async function MirrorPage({ params }: { params: Promise<RouteParams> }) {
  const { state, citationYear, locale, pin } = await pageView("mirror", params);
  const t = await getTranslations({ locale, namespace: "mirror" });
  const [payload, methodology] = await Promise.all([loadMirrorPage(state, pin.asOf, locale), loadMethodologyNotes(locale)]);
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
      {/* The mirror's client components also read the summary sentences: only this page sends them to the browser. The
          methodology's originals (notes_panel) open on demand; the by-product section's words come with its data. */}
      <PageMessages
        locale={locale}
        namespaces={["panel", "mirrorSummary", "mirrorPanel", "notes_panel"]}
        omit={{ mirrorPanel: BY_PRODUCT_KEYS }}
      >
        <MirrorWorkbench payload={payload} citationYear={citationYear} localNames={localCountryNames(payload.pairs, locale)} />
        <Methodology items={methodologyItems(methodology)} words={{ heading: t("methodology"), source: t("source"), link: t("link") }} />
      </PageMessages>
    </>
  );
}

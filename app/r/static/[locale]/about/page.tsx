import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale, pageMetadata } from "@/lib/i18n/metadata";
import { localePath } from "@/lib/i18n/routing";

// Fully static (prerendered at build time for every locale, no database): it explains the project, and the benchmarks
// (bench/pages.ts) use it as the baseline the database-backed pages are compared with.
export const dynamic = "force-static";

export const generateMetadata = pageMetadata("about");

/** Sections and their paragraphs: the texts are in the "about" namespace of the catalogues. */
const SECTIONS = [
  { id: "what", paragraphs: ["p1", "p2"] },
  { id: "mirror", paragraphs: ["p1", "p2", "p3"] },
  { id: "sources", paragraphs: ["p1", "p2"] },
  { id: "headline", paragraphs: ["p1", "p2"] },
  { id: "updates", paragraphs: ["p1", "p2"] },
  { id: "limits", paragraphs: ["p1", "p2"] },
] as const;

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "about" });
  const link = (path: string) =>
    function LocaleLink(chunks: React.ReactNode) {
      return <Link href={localePath(locale, path)}>{chunks}</Link>;
    };
  return (
    <>
      <h1>{t("h1")}</h1>
      <p className="lede">{t("lede")}</p>
      <nav aria-label={t("onThisPage")}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{t(`${s.id}.title`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map((s) => (
        <section key={s.id} aria-labelledby={s.id}>
          <h2 id={s.id}>{t(`${s.id}.title`)}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{t(`${s.id}.${p}` as `what.p1`)}</p>
          ))}
        </section>
      ))}
      <p>{t.rich("start", { overview: link("/"), mirror: link("/mirror"), sources: link("/sources") })}</p>
    </>
  );
}

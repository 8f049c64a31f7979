import type { Metadata } from "next";
import Link from "next/link";

// Fully static (prerendered at build time, no database): it explains the project, and the benchmarks
// (bench/pages.ts) use it as the baseline the database-backed pages are compared with.
export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "About",
  description:
    "What the China–Kazakhstan Economic Monitor shows, where its figures come from and how to read the gap between what each side reports.",
};

const SECTIONS = [
  {
    id: "what",
    title: "What this site shows",
    paragraphs: [
      "Goods trade between China and Kazakhstan, foreign direct investment between the two, and Kazakhstan's external debt to China, as each side's statistical agencies and international databases publish them.",
      "Every figure is stored with the source it was read from, the release (vintage) it belongs to and any flag the publisher attached, such as incomplete partner detail or an estimate. When several sources give a value for the same year, all of them are kept; one is chosen as the headline by a rule that is written down and applied everywhere the same way.",
    ],
  },
  {
    id: "mirror",
    title: "Mirror statistics: why two customs services disagree",
    paragraphs: [
      "China's customs record far more exports to Kazakhstan than Kazakhstan's customs record as imports from China. Comparing one country's exports with its partner's imports of the same goods is called a mirror comparison, and the difference is the mirror gap.",
      "Part of the gap is expected: exports are valued free on board (FOB) at the border of the exporter, imports including cost, insurance and freight (CIF) at the border of the importer, so imports should be a few percent higher, not lower. Goods shipped through a third country may be attributed to different partners by the two sides, shipments at the turn of the year fall into different years, and re-exports are counted differently.",
      "The rest is usually read as under-declaration at import: goods entering Kazakhstan with a lower declared value, or not declared at all. The mirror page shows the gap year by year and by chapter of the Harmonized System, adjusted for a CIF/FOB factor you can change, with every value's source.",
    ],
  },
  {
    id: "sources",
    title: "Where the figures come from",
    paragraphs: [
      "UN Comtrade (each country's customs data as reported to the UN Statistics Division), the IMF's Direction of Trade Statistics, the World Bank's WITS, the National Bank of Kazakhstan (through the wiiw FDI database), Kazakhstan's Bureau of National Statistics, and statements by officials quoted in the press where no database has the figure.",
      "Every source is listed with its publisher, the exact file or address it was read from and a citation you can copy. Downloads (CSV, JSON and a data package with a readme) carry the same sources, so a number taken from this site can always be traced back.",
    ],
  },
  {
    id: "headline",
    title: "The headline value",
    paragraphs: [
      "Where sources disagree about the same year, the headline is: a value not flagged as incomplete before one that is; then the official database of the reporting country (UN Comtrade), then the IMF, then the World Bank; then figures derived from official publications, then quoted statements; and among releases of the same source, the newest.",
      "Nothing is averaged or spliced silently: the “all sources” view and every download show each value beside the headline, marked as such.",
    ],
  },
  {
    id: "updates",
    title: "How the data is updated",
    paragraphs: [
      "New files from the publishers are loaded with one import command that reads the file, checks every row, and either writes all of it in one transaction or nothing, naming the file, line and column of the first problem. Each import is recorded with the file's checksum and what it changed; a re-import of the same file changes nothing.",
      "Pages show an import as soon as it has been committed: results are cached only for as long as the data they were computed from is unchanged.",
    ],
  },
  {
    id: "limits",
    title: "Limits",
    paragraphs: [
      "Kazakhstan's partner detail for 2020 to 2022 is incomplete in several sources and flagged as such. Investment and debt figures are published less often and revised more; statements quoted from officials are shown as statements, with their wording, never as database values.",
      "The site describes what the published statistics say. It does not estimate unrecorded trade, and the gap is not a measure of smuggling on its own.",
    ],
  },
] as const;

export default function AboutPage() {
  return (
    <>
      <h1>About the China–Kazakhstan Economic Monitor</h1>
      <p className="lede">
        Trade, investment and external debt between China and Kazakhstan, from every source we hold, with the gap between what Chinese and
        Kazakh customs report — and the source of every number.
      </p>
      <nav aria-label="On this page">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map((s) => (
        <section key={s.id} aria-labelledby={s.id}>
          <h2 id={s.id}>{s.title}</h2>
          {s.paragraphs.map((p) => (
            <p key={p.slice(0, 40)}>{p}</p>
          ))}
        </section>
      ))}
      <p>
        Start with the <Link href="/">overview</Link>, compare both sides on the <Link href="/mirror">mirror gap</Link> page, or browse the{" "}
        <Link href="/sources">sources</Link>.
      </p>
    </>
  );
}

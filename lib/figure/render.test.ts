// The figure renderer on specs built from the data pack: well-formed SVG, every text a reader needs (title, subtitle,
// legend, notes, source), the marks each chart kind draws, any script, and output that follows the spec.
import { describe, expect, it } from "vitest";
import { CIF_FOB_BAND, CIF_FOB_DEFAULT } from "../mirror/cif-fob";
import { balanceChart, chapterChart, COMTRADE, figure, mirrorChart, packSeries, parseSvg, textsOf, tradeChart } from "../testing/figures";
import { DEFAULT_LEGEND_TEXT, legendEntries } from "./legend";
import { renderFigureSvg } from "./render";
import { CARD_SIZE, DOWNLOAD_SIZE, type FigureSpec, type LineLayer } from "./spec";

const squash = (s: string) => s.replace(/\s+/g, "");

function labelsOf(spec: FigureSpec): string[] {
  return legendEntries(spec).map((e) => e.label);
}

describe("renderFigureSvg: a time chart of the four trade lines (IMF DOTS)", () => {
  const spec = figure(tradeChart(), {
    notes: [
      { id: "N1", year: 2013, text: "Silk Road Economic Belt announced in Astana" },
      { id: "N2", year: 2020, yearTo: 2022, text: "Kazakhstan's partner detail incomplete" },
      { id: "N3", year: 1985, text: "Before the years drawn: neither marked nor listed" },
    ],
  });
  const svg = renderFigureSvg(spec);
  const parsed = parseSvg(svg);

  it("is a well-formed standalone SVG with its size, language, title and description", () => {
    expect(parsed.attributes.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(parsed.attributes.width).toBe(String(DOWNLOAD_SIZE.width));
    expect(Number(parsed.attributes.height)).toBeGreaterThan(300);
    expect(parsed.attributes["xml:lang"]).toBe("en");
    expect(svg).toContain(`<title id="fig-title">${spec.title}</title>`);
    expect(svg).not.toMatch(/href="http|xlink:href|<script|<image/);
  });

  it("prints the title, subtitle, every legend label, the notes and the source line as text", () => {
    expect(textsOf(svg, "fig-title")).toEqual([spec.title]);
    expect(textsOf(svg, "fig-subtitle")).toEqual([spec.subtitle]);
    const legend = textsOf(svg, "fig-legend-label");
    expect(legend).toEqual(labelsOf(spec));
    for (const layer of spec.chart.kind === "time" ? spec.chart.layers : []) expect(legend).toContain(layer.label);
    // IMF estimates of 1992–93 are flagged in the pack: the warning ring gets its legend entry.
    expect(legend).toContain(DEFAULT_LEGEND_TEXT.flagged);
    expect(squash(textsOf(svg, "fig-source").join(""))).toBe(squash(spec.source));
    expect(squash(textsOf(svg, "fig-credit").join(""))).toBe(squash(spec.credit!));
    expect(textsOf(svg, "fig-note-id")).toEqual(["N1", "N2"]);
    expect(squash(textsOf(svg, "fig-note-text").join(""))).toBe(
      squash("N1 (2013): Silk Road Economic Belt announced in Astana N2 (2020–2022): Kazakhstan's partner detail incomplete"),
    );
  });

  it("draws one line per series, a ring per flagged point and year ticks across the range", () => {
    expect(svg.match(/class="fig-line"/g)).toHaveLength(4);
    const flagged =
      spec.chart.kind === "time" ? spec.chart.layers.flatMap((l) => (l.type === "line" ? l.points.filter((p) => p.flagged) : [])) : [];
    expect(flagged.length).toBeGreaterThan(0);
    const chart = svg.slice(0, svg.indexOf('class="fig-legend"'));
    expect(chart.match(/class="fig-flagged"/g)).toHaveLength(flagged.length);
    const ticks = parseSvg(svg)
      .texts.filter((t) => t.className === "fig-tick")
      .map((t) => t.text);
    expect(ticks).toContain("2000");
    expect(ticks).toContain("2020");
  });

  it("gives the same bytes for the same spec and different output for a different one", () => {
    expect(renderFigureSvg(spec)).toBe(svg);
    const other = renderFigureSvg(figure(tradeChart(COMTRADE), { notes: spec.notes }));
    expect(other).not.toBe(svg);
    expect(renderFigureSvg({ ...spec, chart: { ...tradeChart(), yAxis: { title: "US dollars", scale: "log" } } })).not.toBe(svg);
  });

  it("breaks a line where a year has no value", () => {
    const points = packSeries("CHN", "export", COMTRADE);
    const gap: LineLayer = { type: "line", id: "g", label: "gap", color: "#000", points: points.filter((p) => p.year !== 2018) };
    const out = renderFigureSvg(figure({ kind: "time", yAxis: { title: "US dollars" }, layers: [gap] }));
    const d = /class="fig-line" d="([^"]+)"/.exec(out)![1]!;
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it("fits a share card exactly (1200×630) and leaves the notes out", () => {
    const card = renderFigureSvg(spec, CARD_SIZE);
    const root = parseSvg(card).attributes;
    expect([root.width, root.height, root.viewBox]).toEqual(["1200", "630", "0 0 1200 630"]);
    expect(textsOf(card, "fig-note-text")).toEqual([]);
    expect(textsOf(card, "fig-note-id")).toEqual([]);
    expect(textsOf(card, "fig-legend-label")).toEqual(labelsOf(spec));
    expect(textsOf(card, "fig-source")).toHaveLength(1);
  });

  it("can be inlined in a page: no XML declaration, ids with the page's prefix", () => {
    const inline = renderFigureSvg(spec, { ...DOWNLOAD_SIZE, inline: true, idPrefix: "trade-totals-fig" });
    expect(inline.startsWith("<svg ")).toBe(true);
    expect(inline).toContain('aria-labelledby="trade-totals-fig-title trade-totals-fig-desc"');
    expect(inline).not.toContain('id="fig-');
  });

  it("escapes markup in every text", () => {
    const out = renderFigureSvg({ ...spec, title: 'Trade <script>alert("x")</script> & more', source: "A & B <C>" });
    expect(() => parseSvg(out)).not.toThrow();
    expect(textsOf(out, "fig-title")).toEqual(['Trade <script>alert("x")</script> & more']);
    expect(out).not.toContain("<script>");
  });
});

describe("renderFigureSvg: the mirror chart (UN Comtrade, China → Kazakhstan)", () => {
  const spec = figure(mirrorChart(CIF_FOB_DEFAULT, CIF_FOB_BAND));
  const svg = renderFigureSvg(spec);

  it("draws the band, the dotted FOB line, gap bars hatched where Kazakhstan's figure is incomplete, and the legend of all", () => {
    expect(svg.match(/class="fig-band"/g)).toHaveLength(1);
    expect(svg).toMatch(/class="fig-line"[^>]*stroke-dasharray="2 3"/);
    const chart = spec.chart.kind === "time" ? spec.chart : null;
    const bars = chart!.layers.find((l) => l.type === "bars")!;
    const flagged = bars.type === "bars" ? bars.points.filter((p) => p.flagged && p.value !== null).length : 0;
    expect(flagged).toBe(3); // 2020–2022 in the pack
    expect(svg.match(/class="fig-bar fig-bar-flagged"/g)).toHaveLength(flagged);
    expect(svg).toContain('fill="url(#fig-hatch)"');
    expect(textsOf(svg, "fig-bar-label")).toEqual(["incomplete", "incomplete", "incomplete"]);
    expect(textsOf(svg, "fig-legend-label")).toEqual([
      ...chart!.layers.filter((l) => l.type !== "markers" || l.years.length > 0).map((l) => l.label),
      "Gap built on incomplete data",
      DEFAULT_LEGEND_TEXT.flagged,
    ]);
  });

  it("draws the zero line when asked (the gap bars start there), or by default when the values cross zero", () => {
    expect(svg.match(/class="fig-zero"/g)).toHaveLength(1);
    expect(renderFigureSvg(figure(balanceChart())).match(/class="fig-zero"/g)).toHaveLength(1);
    expect(renderFigureSvg(figure(tradeChart()))).not.toContain("fig-zero");
  });
});

describe("renderFigureSvg: HS chapter bars and percent axes", () => {
  it("draws two bars per chapter, hatched where flagged, with the chapters as labels", () => {
    const chart = chapterChart(2021);
    const svg = renderFigureSvg(figure(chart, { title: "Kazakhstan's imports from China by HS chapter, 2021" }));
    const labels = textsOf(svg, "fig-category");
    expect(labels).toHaveLength(chart.categories.length);
    labels.forEach((l, i) => expect(chart.categories[i]!.label.startsWith(l.replace(/…$/, ""))).toBe(true));
    const drawn = chart.categories.flatMap((c) => c.values.filter((v) => v.value !== null));
    expect(svg.match(/class="fig-bar( fig-bar-flagged)?"/g)).toHaveLength(drawn.length);
    expect(drawn.filter((v) => v.flagged).length).toBeGreaterThan(0); // Kazakhstan's 2021 detail is incomplete
    expect(svg.match(/fig-bar-flagged/g)).toHaveLength(drawn.filter((v) => v.flagged).length);
    expect(textsOf(svg, "fig-legend-label").slice(0, 2)).toEqual(chart.series.map((s) => s.label));
  });

  it("formats percent ticks in the locale, and uses the caller's own ticks when given", () => {
    const share = packSeries("KAZ", "import", COMTRADE).map((p) => ({ year: p.year, value: p.value! / 1e9 }));
    const layer: LineLayer = { type: "line", id: "s", label: "share", color: "#000", points: share };
    const ru = renderFigureSvg(figure({ kind: "time", yAxis: { title: "%", percent: true }, layers: [layer] }, { locale: "ru" }));
    expect(
      textsOf(ru, "fig-tick")
        .filter((t) => t.includes("%"))
        .every((t) => /^\d+(,\d)?\s%$/.test(t)),
    ).toBe(true);
    const own = renderFigureSvg(
      figure({
        kind: "time",
        yAxis: {
          title: "bn",
          ticks: [
            { value: 0, label: "zero" },
            { value: 20, label: "twenty" },
          ],
        },
        layers: [layer],
      }),
    );
    expect(textsOf(own, "fig-tick")).toEqual(expect.arrayContaining(["zero", "twenty"]));
  });
});

describe("renderFigureSvg in Russian, Kazakh and Chinese", () => {
  const cases = [
    { locale: "ru", title: "Торговля Китая и Казахстана по данным каждой стороны, млрд долл. США", unit: /млрд/ },
    { locale: "kk", title: "Қытай мен Қазақстан арасындағы сауда: әр тараптың деректері (әғқңөұүһі)", unit: /млрд/ },
    { locale: "zh", title: "中国与哈萨克斯坦的双边贸易：双方各自报告的数据，中国海关记录的出口远高于哈方记录的进口", unit: /亿/ },
  ];
  for (const c of cases) {
    it(`keeps ${c.locale} text intact, wraps it, and formats ticks in the locale`, () => {
      const svg = renderFigureSvg(figure(tradeChart(), { locale: c.locale, title: c.title }), { width: 480, fontSize: 14 });
      const parsed = parseSvg(svg);
      expect(parsed.attributes["xml:lang"]).toBe(c.locale);
      expect(squash(textsOf(svg, "fig-title")[0]!)).toBe(squash(c.title));
      expect(svg.match(/class="fig-title"[^]*?<\/text>/)![0].match(/<tspan x=/g)!.length).toBeGreaterThan(1);
      expect(textsOf(svg, "fig-tick").some((t) => c.unit.test(t))).toBe(true);
    });
  }

  it("sets a line with CJK (or a symbol Noto Sans lacks) in the CJK font stack, and other lines in Noto Sans", () => {
    const svg = renderFigureSvg(
      figure(tradeChart(), { locale: "zh", title: "贸易 trade", subtitle: "China → Kazakhstan", source: "Source" }),
    );
    expect(svg).toMatch(
      /class="fig-title"[^>]*><tspan x="\d+" y="[\d.]+" font-family="&apos;Noto Sans S Chinese&apos;[^"]*">贸易 trade<\/tspan>/,
    );
    expect(svg).toMatch(/class="fig-subtitle"[^>]*><tspan [^>]*font-family="&apos;Noto Sans S Chinese/);
    expect(svg).toMatch(/class="fig-source"[^>]*><tspan x="\d+" y="[\d.]+">Source<\/tspan>/);
  });
});

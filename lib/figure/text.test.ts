// Width estimates and line breaking for figure text, in the four languages of the product.
import { describe, expect, it } from "vitest";
import { escapeXml, needsCjkFont, textWidth, wrapText } from "./text";

describe("textWidth", () => {
  it("gives CJK one em per character and Latin/Cyrillic their Noto Sans widths", () => {
    expect(textWidth("中国海关", 20)).toBe(80);
    expect(textWidth("iiii", 20)).toBeLessThan(textWidth("WWWW", 20));
    expect(textWidth("ҚАЗАҚСТАН", 14, true)).toBeGreaterThan(textWidth("ҚАЗАҚСТАН", 14));
    expect(textWidth("әғқңөұүһі", 14)).toBeGreaterThan(0);
  });
});

describe("wrapText", () => {
  const options = { fontSize: 14, locale: "en" };

  it("breaks at spaces, keeps every line within the width and loses no word", () => {
    const text = "Goods trade between China and Kazakhstan, both directions, as each side reports it (US dollars)";
    const lines = wrapText(text, 200, options);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
    expect(lines.join(" ")).toBe(text);
  });

  it("keeps punctuation with its word and splits a word longer than the line", () => {
    expect(wrapText("a (bracketed) word, here", 90, options)).toEqual(["a (bracketed)", "word, here"]);
    const url = "https://monitor.example/?from=1992&to=2024&v=12345678901234567890";
    const lines = wrapText(url, 120, options);
    expect(lines.join("")).toBe(url);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
  });

  it("breaks Chinese between words, never before closing punctuation", () => {
    const text = "中国对哈萨克斯坦出口（中国报告），2014–2024年";
    const lines = wrapText(text, 100, { fontSize: 14, locale: "zh" });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/^[），。]/);
  });

  it("wraps Russian and Kazakh at spaces", () => {
    const kk = "Қытайдың Қазақстанға экспорты (Қытай деректері), әғқңөұүһі";
    const lines = wrapText(kk, 150, { fontSize: 14, locale: "kk" });
    expect(lines.join(" ")).toBe(kk);
    expect(wrapText("Экспорт Китая в Казахстан, млрд долл. США", 120, { fontSize: 14, locale: "ru" }).join(" ")).toBe(
      "Экспорт Китая в Казахстан, млрд долл. США",
    );
  });

  it("keeps explicit line breaks and cuts to maxLines with an ellipsis", () => {
    expect(wrapText("one\ntwo", 500, options)).toEqual(["one", "two"]);
    const cut = wrapText("one two three four five six seven eight nine ten", 80, { ...options, maxLines: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…$/);
    expect(textWidth(cut[1]!, 14)).toBeLessThanOrEqual(80);
  });
});

describe("needsCjkFont and escapeXml", () => {
  it("sends CJK and symbols Noto Sans lacks to the CJK font, and nothing else", () => {
    expect(needsCjkFont("中国")).toBe(true);
    expect(needsCjkFont("China → Kazakhstan")).toBe(true);
    expect(needsCjkFont("Қазақстан — 12,7 млрд долл. США · 5 %")).toBe(false);
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u0007c\ud800d")).toBe("abcd");
    expect(escapeXml("😀 ok")).toBe("😀 ok");
  });
});

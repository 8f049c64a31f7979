// The HS chapters' names in the four locales: one code list, every chapter named in every locale.
import { describe, expect, it } from "vitest";
import { chapterLabel, hsChapterName } from "./hs-chapters";

const CODES = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, "0")).filter((c) => c !== "77");

describe("HS chapter names", () => {
  it("names every chapter (01–99 but 77, which HS leaves unused) in every locale", () => {
    for (const locale of ["en", "ru", "kk", "zh"])
      for (const code of CODES) expect(hsChapterName(code, locale), `${locale} ${code}`).not.toMatch(/^HS /);
    expect(hsChapterName("77")).toBe("HS 77");
  });

  it("takes the nomenclatures' names: ТН ВЭД ЕАЭС, its Kazakh edition, China's tariff", () => {
    expect(hsChapterName("72")).toBe("Iron and steel");
    expect(hsChapterName("72", "ru")).toBe("Черные металлы");
    expect(hsChapterName("72", "kk")).toBe("Қара металдар");
    expect(hsChapterName("72", "zh")).toBe("钢铁");
    expect(hsChapterName("27", "zh")).toBe("矿物燃料、矿物油及其蒸馏产品");
    // Russian and Kazakh names in Cyrillic, Chinese ones in Han characters: no English left in any of them.
    for (const code of CODES) {
      expect(hsChapterName(code, "ru")).not.toMatch(/[A-Za-z]/);
      expect(hsChapterName(code, "kk")).not.toMatch(/[A-Za-z]/);
      expect(hsChapterName(code, "zh")).toMatch(/\p{Script=Han}/u);
    }
  });

  it("shows the stored English label in English, the locale's name elsewhere", () => {
    expect(chapterLabel("26", "Ores, slag and ash (stored)", "en")).toBe("Ores, slag and ash (stored)");
    expect(chapterLabel("26", "", "en")).toBe("Ores, slag and ash");
    expect(chapterLabel("26", "Ores, slag and ash", "ru")).toBe("Руды, шлак и зола");
    expect(chapterLabel("26", "Ores, slag and ash", "zh")).toBe("矿砂、矿渣及矿灰");
  });
});

"use client";
// The 404 text in the reader's locale (the layout's NextIntlClientProvider carries the "notFound" namespace).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/routing";

export function NotFoundMessage() {
  const t = useTranslations("notFound");
  const locale = useLocale();
  return (
    <div>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("body", {
          overview: (chunks) => <Link href={localePath(locale, "/")}>{chunks}</Link>,
          sources: (chunks) => <Link href={localePath(locale, "/sources")}>{chunks}</Link>,
        })}
      </p>
    </div>
  );
}

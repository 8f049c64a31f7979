// The frame of every page: skip link, header with the main navigation and the language switcher, footer. Server
// component; the texts come from the locale's catalogue and every link stays in the locale.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { localePath } from "@/lib/i18n/routing";
import type { Locale } from "@/lib/pages/target";
import { LanguageSwitcher } from "./language-switcher";
import { LinkPending } from "./link-pending";

const NAV = [
  { href: "/", key: "overview" },
  { href: "/trade", key: "trade" },
  { href: "/mirror", key: "mirror" },
  { href: "/investment", key: "investment" },
  { href: "/debt", key: "debt" },
  { href: "/notes", key: "notes" },
  { href: "/sources", key: "sources" },
  { href: "/about", key: "about" },
] as const;

export async function SiteShell({
  locale,
  query = "",
  banner,
  children,
}: {
  locale: Locale;
  query?: string;
  banner?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "site" });
  const href = (path: string) => localePath(locale, path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <header className="site-header">
        <Link href={href("/")} className="brand">
          {t("name")}
        </Link>
        <nav aria-label={t("navLabel")}>
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={href(n.href)}>
                  {t(`nav.${n.key}`)}
                  <LinkPending />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher query={query} />
      </header>
      <main id="main">
        {banner}
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.rich("footer", { sources: (chunks) => <Link href={href("/sources")}>{chunks}</Link> })}</p>
      </footer>
    </>
  );
}

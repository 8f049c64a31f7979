// The frame of every page: skip link, header with the main navigation, footer. Server component.
import Link from "next/link";
import type { ReactNode } from "react";
import { LinkPending } from "./link-pending";

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/trade", label: "Trade" },
  { href: "/mirror", label: "Mirror gap" },
  { href: "/investment", label: "Investment" },
  { href: "/debt", label: "Debt" },
  { href: "/notes", label: "Notes" },
  { href: "/sources", label: "Sources" },
  { href: "/about", label: "About" },
];

export function SiteShell({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          China–Kazakhstan Economic Monitor
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href}>
                  {n.label}
                  <LinkPending />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        {banner}
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Figures from UN Comtrade, IMF DOTS, World Bank WITS, the National Bank of Kazakhstan (via wiiw), Kazakhstan&apos;s Bureau of
          National Statistics and quoted official statements. Every number links to its source on the <Link href="/sources">Sources</Link>{" "}
          page.
        </p>
      </footer>
    </>
  );
}

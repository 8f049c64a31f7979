import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "China–Kazakhstan Economic Monitor", template: "%s · China–Kazakhstan Economic Monitor" },
  description:
    "Trade, investment and external debt between China and Kazakhstan, and the gap between what Chinese and Kazakh customs report, with every number sourced.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/trade", label: "Trade" },
  { href: "/mirror", label: "Mirror gap" },
  { href: "/investment", label: "Investment" },
  { href: "/debt", label: "Debt" },
  { href: "/notes", label: "Notes" },
  { href: "/sources", label: "Sources" },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
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
                  <Link href={n.href}>{n.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <NuqsAdapter>
          <main id="main">{children}</main>
        </NuqsAdapter>
        <footer className="site-footer">
          <p>
            Figures from UN Comtrade, IMF DOTS, World Bank WITS, the National Bank of Kazakhstan (via wiiw), Kazakhstan&apos;s Bureau of
            National Statistics and quoted official statements. Every number links to its source on the <Link href="/sources">Sources</Link>{" "}
            page.
          </p>
        </footer>
      </body>
    </html>
  );
}

import type { Metadata, Viewport } from "next";

export const SITE_NAME = "China–Kazakhstan Economic Monitor";

export const siteMetadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    "Trade, investment and external debt between China and Kazakhstan, and the gap between what Chinese and Kazakh customs report, with every number sourced.",
};

export const siteViewport: Viewport = { width: "device-width", initialScale: 1 };

import type { Viewport } from "next";

/** The site's English name (share cards); every locale's name and description are in messages/<locale>.json ("site"). */
export const SITE_NAME = "China–Kazakhstan Economic Monitor";

export const siteViewport: Viewport = { width: "device-width", initialScale: 1 };

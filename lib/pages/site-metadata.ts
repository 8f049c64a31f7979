import type { Viewport } from "next";

export const siteViewport: Viewport = { width: "device-width", initialScale: 1 };

// The wrapper of every chart's tooltip. Recharts keeps a tooltip inside the plot area only when it fits there, and a
// phone's plot is the screen less the axis and margins (about 7rem): a wider tooltip ran off the screen's edge.
import type { CSSProperties } from "react";

export const TOOLTIP_WRAPPER_STYLE: CSSProperties = { maxWidth: "min(26rem, calc(100vw - 7rem))", zIndex: 10 };

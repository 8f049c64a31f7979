"use client";
// The data version a page shows, for the browser: citations name it, and a pinned view (`?v=`) asks the API for the
// same version when it loads more (lazy panels, chapter years) and offers downloads of the values as of then.
import { createContext, useContext, type ReactNode } from "react";

export interface DataVersionState {
  /** DataVersion.version the page was rendered at (the pinned one when `pinned`). */
  version: string;
  /** ISO timestamp of that version's commit (DataVersionLog), or null when none is logged. */
  committedAt: string | null;
  /** A view pinned to an older version (`?v=`): newer data exist. */
  pinned: boolean;
}

const DataVersionContext = createContext<DataVersionState>({ version: "0", committedAt: null, pinned: false });

export function DataVersionProvider({ value, children }: { value: DataVersionState; children: ReactNode }) {
  return <DataVersionContext.Provider value={value}>{children}</DataVersionContext.Provider>;
}

export function useDataVersion(): DataVersionState {
  return useContext(DataVersionContext);
}

/** The `v` of URLs the browser builds: set for a pinned view only (the current view asks for the current data). */
export function usePinnedVersion(): string | null {
  const { pinned, version } = useDataVersion();
  return pinned ? version : null;
}

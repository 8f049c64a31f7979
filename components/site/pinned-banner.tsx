// The banner of a pinned view (`?v=<older version>`): the values are shown as they were at that version, and the
// reader gets one click to the same view with the current data. Server component.
const LABELS = {
  asOf: "Data as of",
  version: "data version",
  newer: "newer data exist.",
  current: "Show this view with the current data",
};

export function PinnedBanner({
  version,
  committedAt,
  currentQuery,
}: {
  version: string;
  committedAt: string | null;
  currentQuery: string;
}) {
  const date = committedAt
    ? new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(committedAt))
    : null;
  // "?query" keeps the page's path: the layout does not need to know which page it frames.
  const href = `?${currentQuery}`;
  return (
    <div className="pinned-banner" role="note">
      <p>
        <strong>
          {LABELS.asOf} {date ?? `${LABELS.version} ${version}`}
        </strong>{" "}
        ({LABELS.version} {version}); {LABELS.newer} <a href={href}>{LABELS.current}</a>
      </p>
    </div>
  );
}

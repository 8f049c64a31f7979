// Placeholders while a page's figures load: the shape of the page, announced as busy.
export function PanelSkeleton({ title }: { title?: string }) {
  return (
    <div className="panel" aria-hidden="true">
      {title ? <p className="muted">{title}</p> : <div className="skeleton skeleton-line" />}
      <div className="skeleton" />
    </div>
  );
}

export function PageSkeleton({ heading, cards = 0, panels = 1 }: { heading: string; cards?: number; panels?: number }) {
  return (
    <div aria-busy="true">
      <h1>{heading}</h1>
      <p className="muted" role="status">
        Loading figures…
      </p>
      {cards > 0 && (
        <div className="skeleton-cards" aria-hidden="true">
          {Array.from({ length: cards }, (_, i) => (
            <div key={i} className="skeleton skeleton-card" />
          ))}
        </div>
      )}
      {Array.from({ length: panels }, (_, i) => (
        <PanelSkeleton key={i} />
      ))}
    </div>
  );
}

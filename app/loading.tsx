export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="muted">Loading figures…</p>
      <div className="skeleton" />
    </div>
  );
}

"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Server errors reach the client without their message in production; the likely cause is the database.
  return (
    <div className="error-box" role="alert">
      <h1>The figures could not be loaded</h1>
      <p>The database did not answer. This is usually temporary (a restart or maintenance); the page will work again as soon as it is back.</p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}

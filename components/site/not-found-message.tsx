import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div>
      <h1>Page not found</h1>
      <p>
        Try the <Link href="/">overview</Link> or the list of <Link href="/sources">sources</Link>.
      </p>
    </div>
  );
}

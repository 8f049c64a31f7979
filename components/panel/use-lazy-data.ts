"use client";
// Data a part of the page loads after the page itself: when it comes within a screen of the viewport (or at once when
// `now` is set, e.g. the reader switched its tab). One request per URL per visit; the response's ETag follows the
// data version, so a return visit is answered 304.
import { useEffect, useState, type RefObject } from "react";

const requests = new Map<string, Promise<unknown>>();

export function request<T>(url: string): Promise<T> {
  let p = requests.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(((await r.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${r.status}`);
      return (await r.json()) as T;
    });
    p.catch(() => requests.delete(url));
    requests.set(url, p);
  }
  return p;
}

export interface LazyData<T> {
  data: T | null;
  error: string | null;
}

export function useLazyData<T>(url: string | null, target: RefObject<Element | null>, now = false): LazyData<T> {
  const [state, setState] = useState<{ url: string; data?: T; error?: string } | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = target.current;
    if (!url || near || !el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "100% 0px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [url, near, target]);
  useEffect(() => {
    if (!url || !(near || now)) return;
    let cancelled = false;
    request<T>(url).then(
      (data) => !cancelled && setState({ url, data }),
      (e: Error) => !cancelled && setState({ url, error: e.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [url, near, now]);
  if (!url || state?.url !== url) return { data: null, error: null };
  return { data: state.data ?? null, error: state.error ?? null };
}

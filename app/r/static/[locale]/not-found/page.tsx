// Every path that names no page is routed here by proxy.ts: a 404 with the site's frame.
import { notFound } from "next/navigation";

export default function NoSuchPage(): never {
  notFound();
}

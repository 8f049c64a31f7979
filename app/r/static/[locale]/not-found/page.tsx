// Every path that names no page is routed here by proxy.ts (in the locale of its prefix): a 404 with the site's frame.
import { notFound } from "next/navigation";
import { pageMetadata } from "@/lib/i18n/metadata";

export const generateMetadata = pageMetadata("notFound");

export default function NoSuchPage(): never {
  notFound();
}

// A source's location: a link when it can be opened (a URL, or a repository file at its commit), else plain text.
import { useTranslations } from "next-intl";
import { sourceHref } from "@/lib/notes/links";

export function SourceLocation({ location, label }: { location: string; label?: string }) {
  const t = useTranslations("common");
  const href = sourceHref(location);
  if (!href) return <span className="location">{label ?? location}</span>;
  return (
    <a className="location" href={href} rel="noopener noreferrer external" target="_blank">
      {label ?? location}
      <span className="visually-hidden"> {t("newTab")}</span>
    </a>
  );
}

// The embed of a chart (issue 11): a chart-only route /embed/{panel id}?{the page's URL state} that other sites may
// frame, and the HTML snippet a reader pastes into an article. Pure: the browser builds the snippet from its own URL.

/** postMessage type an embed sends its parent whenever its content height changes. */
export const EMBED_HEIGHT_MESSAGE = "ckem-embed-height";

/** Height the iframe starts at before the embed reports its own (px). */
export const EMBED_DEFAULT_HEIGHT = 560;

/** The embed URL of a panel for a page URL: same origin, same URL state (the embed keeps only what it reads). */
export function embedUrl(pageUrl: string, panelId: string): string {
  const page = new URL(pageUrl);
  const url = new URL(`/embed/${encodeURIComponent(panelId)}`, page.origin);
  url.search = page.search;
  return url.toString();
}

const escapeAttr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The `<iframe>` to paste, with a few lines of script that let it follow the embed's height (postMessage); without the
 * script the iframe keeps its initial height and the chart still fits its width.
 */
export function embedSnippet(src: string, title: string): string {
  const origin = new URL(src).origin;
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${EMBED_DEFAULT_HEIGHT}" style="border:0;width:100%" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
      `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px"})});</script>`,
  ].join("\n");
}

/**
 * The Content-Security-Policy of the built page, one directive a line, each with why:
 * everything from the page's own origin and nothing from anywhere else; no script but
 * the page's files (no inline script, no `eval`: the engine generates no code); the
 * workers from the page's files;
 * images also as `data:` and `blob:` URLs, which the PNG export draws the chart's SVG
 * through; `style` attributes inline, because Svelte writes some in its templates (the
 * style sheets themselves are the page's files); no plugins, no `<base>` and no forms
 * sent anywhere. A `<meta>` tag cannot say `frame-ancestors`: a server that frames the
 * page out should send that header itself.
 *
 * @example
 * CONTENT_SECURITY_POLICY.includes("script-src 'self'"); // true
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/*
 * The site's security policy, in one place: the Content-Security-Policy every page carries in a
 * <meta> (so that it holds on any host), and the HTTP headers for hosts that read a `_headers`
 * file (Netlify, Cloudflare Pages and others), which add what a <meta> cannot say: that no other
 * site may frame the pages (clickjacking), and that browsers must not guess content types.
 */

/** Only this site's own files: no inline script or style; WebAssembly for the search index. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The headers of every response, as name and value. */
export const SECURITY_HEADERS: Array<[string, string]> = [
  // frame-ancestors is ignored in a <meta>: only a header can forbid framing.
  ['Content-Security-Policy', [...CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"].join('; ')],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** The `_headers` file: every path gets the security headers. */
export function headersFile(): string {
  return ['/*', ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

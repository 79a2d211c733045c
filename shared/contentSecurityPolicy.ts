/**
 * The one policy of the studio, for the desktop window and the browser studio alike. Everything
 * it shows is bundled (no network), so it names no remote origin at all; data:/blob: images
 * cover pasted screenshots before they are stored in the project.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

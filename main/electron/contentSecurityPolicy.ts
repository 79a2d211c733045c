import { CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';

export { CONTENT_SECURITY_POLICY };

/** Replaces any policy the response carried (header names are case-insensitive) with ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** `{{NAME}}` placeholders in the manifest template, filled from the program profile and the environment. */
export type ManifestValues = Record<string, string>;

export const guidPattern = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export class ManifestError extends Error {
  readonly code = 'TEAMS_MANIFEST_INVALID';
}

/** Limits of the v1.19 schema that a center's own values could break; checked before Teams rejects the upload. */
const limits: Record<string, number> = {
  DEVELOPER_NAME: 32,
  SHORT_NAME: 30,
  FULL_NAME: 100,
  SHORT_DESCRIPTION: 80,
  FULL_DESCRIPTION: 4000,
};

/**
 * Replaces every `{{NAME}}` in the template's strings; an unknown or missing name is an error,
 * so a half-filled manifest never reaches a zip. `validDomains` are host names only.
 */
export function fillManifest(template: unknown, values: ManifestValues, validDomains: readonly string[] = []): Record<string, unknown> {
  for (const [name, max] of Object.entries(limits)) {
    const value = values[name];
    if (value !== undefined && value.length > max) {
      throw new ManifestError(`${name} is ${value.length} characters; Teams allows ${max}`);
    }
  }
  for (const name of ['BOT_ID', 'TEAMS_APP_ID']) {
    const value = values[name];
    if (value !== undefined && !guidPattern.test(value)) throw new ManifestError(`${name} must be a GUID (the Microsoft App ID)`);
  }
  for (const host of validDomains) {
    if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host)) throw new ManifestError(`valid domain "${host}" must be a host name, without scheme or path`);
  }
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
        const value = values[name];
        if (value === undefined) throw new ManifestError(`No value for {{${name}}}`);
        return value;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  const manifest = fill(template) as Record<string, unknown>;
  return { ...manifest, validDomains: [...validDomains] };
}

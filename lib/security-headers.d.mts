export function contentSecurityPolicy(options?: { frameAncestors?: string }): string;
export function securityHeaders(options?: { frameable?: boolean }): { key: string; value: string }[];

export function contentSecurityPolicy(options?: { frameAncestors?: string }): string;
export function securityHeaders(): { key: string; value: string }[];

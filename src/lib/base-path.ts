/** A root-relative site path under the deployment's base path: `/patterns/x/` → `/hld-check/patterns/x/`. */
export function withBase(base: string, href: string): string {
	return base.replace(/\/$/, '') + href;
}

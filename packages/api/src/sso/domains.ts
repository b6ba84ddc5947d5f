/** The plugin keeps a provider's email domains comma-separated in one column. */
export function parseDomainList(domain: string): string[] {
  return domain
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry.length > 0);
}

export function formatDomainList(domains: readonly string[]): string {
  return domains.join(",");
}

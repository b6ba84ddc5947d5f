/** `pnpm district:remove --slug <slug> [--slug <slug> …] --yes`, read without side effects. */
export type DistrictRemoveArgs = { ok: true; slugs: string[] } | { ok: false; problem: string };

export const districtRemoveUsage = [
  "Usage: pnpm district:remove --slug <district-slug> [--slug <another>] --yes",
  "       pnpm demo:remove --yes   (the demo districts, maple-valley and cedar-ridge)",
  "Deletes each district and everything in it: people, their sign-ins, records. There is no undo;",
  "take a backup first (pnpm db:backup).",
].join("\n");

export function parseDistrictRemoveArgs(argv: string[]): DistrictRemoveArgs {
  const slugs: string[] = [];
  let confirmed = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--yes") confirmed = true;
    else if (arg === "--slug") {
      const slug = argv[++index];
      if (!slug || slug.startsWith("--")) return { ok: false, problem: "--slug needs a value." };
      slugs.push(slug);
    } else if (arg?.startsWith("--slug=")) slugs.push(arg.slice("--slug=".length));
    else return { ok: false, problem: `Unknown argument ${arg}.` };
  }
  if (slugs.length === 0) return { ok: false, problem: "Name the district with --slug." };
  if (!confirmed) {
    return {
      ok: false,
      problem: `This deletes ${slugs.join(", ")} and everything in it for good; add --yes to confirm.`,
    };
  }
  return { ok: true, slugs: [...new Set(slugs)] };
}

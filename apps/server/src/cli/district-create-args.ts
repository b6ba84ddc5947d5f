import { parseArgs } from "node:util";
import {
  type DistrictCreateInput,
  districtCreateInputSchema,
} from "@throughline/domain/district-setup";

export const districtCreateUsage = `Usage: pnpm district:create --name "Riverside Unified" --slug riverside \\
         --time-zone America/Denver --admin-email it.lead@riverside.example \\
         [--admin-name "Ana Ruiz"] [--school-year-start 8]`;

/** Each option by the schema field it fills, so a refusal names the option people typed. */
const optionFor = {
  districtName: "--name",
  slug: "--slug",
  timeZone: "--time-zone",
  schoolYearStartMonth: "--school-year-start",
  adminName: "--admin-name",
  adminEmail: "--admin-email",
} as const satisfies Record<keyof DistrictCreateInput, string>;

type ParsedArgs = { ok: true; input: DistrictCreateInput } | { ok: false; problems: string[] };

/** The command line, checked by the same schema as the set-up page's district fields. */
export function parseDistrictCreateArgs(argv: string[]): ParsedArgs {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        name: { type: "string" },
        slug: { type: "string" },
        "time-zone": { type: "string" },
        "school-year-start": { type: "string" },
        "admin-name": { type: "string" },
        "admin-email": { type: "string" },
      },
    }));
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  const parsed = districtCreateInputSchema.safeParse({
    districtName: values.name,
    slug: values.slug,
    timeZone: values["time-zone"],
    schoolYearStartMonth: values["school-year-start"],
    adminName: values["admin-name"],
    adminEmail: values["admin-email"],
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const field = issue.path[0];
      const option =
        typeof field === "string" && field in optionFor
          ? optionFor[field as keyof DistrictCreateInput]
          : "";
      return option ? `${option}: ${issue.message}` : issue.message;
    }),
  };
}

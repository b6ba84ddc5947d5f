import { readFileSync } from "node:fs";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";

/*
 * The 1EdTech Open Badges 3.0 JSON schema for an AchievementCredential, as published (copied
 * unchanged into ../standards). Tests hold every credential we issue against it, because a
 * wallet or network that validates with the official schema refuses what does not pass it.
 */
const schemaPath = new URL(
  "../standards/ob_v3p0_achievementcredential_schema.json",
  import.meta.url,
);

let validate: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;

/** The schema's complaints about `credential`, as `<path> <message>` lines; empty when it passes. */
export function onedtechSchemaErrors(credential: unknown): string[] {
  if (!validate) {
    // The schema is draft 2019-09; `strict: false` lets its annotations ($comment) through.
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
  }
  if (validate(credential)) return [];
  const errors = (validate.errors ?? []) as Array<{ instancePath: string; message?: string }>;
  return errors.map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}

import { z } from "zod";

/** A district is one tenant: it owns its schools, people, framework and all their data. */

/** Lowercase words joined by single hyphens, used in addresses: "riverside-unified". */
export const slugSchema = z
  .string({ error: "Enter a short name for web addresses" })
  .trim()
  .min(2, "The short name must be at least 2 characters")
  .max(63, "The short name must be 63 characters or fewer")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, numbers and single hyphens");

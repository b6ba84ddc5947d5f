import { formatDate } from "@throughline/ui/format";

/** A certification's date with its year ("Nov 25, 2028"): they run two school years. */
export function certifiedDate(date: Date): string {
  return formatDate(date);
}

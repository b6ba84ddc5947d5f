import type { ReleaseMode } from "@throughline/domain/enums";

export function releaseLabel(mode: ReleaseMode): string {
  return mode === "dated" ? "Dated" : "Self-paced";
}

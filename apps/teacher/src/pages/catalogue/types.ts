import type { RouterOutputs } from "@throughline/api/types";

export type CatalogueAnswer = RouterOutputs["catalogue"]["search"];
export type CatalogueEntry = CatalogueAnswer["items"][number];
export type CatalogueSession = Extract<CatalogueEntry, { kind: "session" }>;
export type CatalogueEvent = Exclude<CatalogueEntry, { kind: "session" }>;

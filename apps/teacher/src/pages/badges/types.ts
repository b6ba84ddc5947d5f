import type { RouterOutputs } from "@throughline/api/types";

export type MyBadges = RouterOutputs["credentials"]["myBadges"];
export type MyBadge = MyBadges["badges"][number];

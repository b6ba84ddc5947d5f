import type { RouterOutputs } from "@throughline/api/types";

/** One video as its page reads it. */
export type VideoReview = RouterOutputs["video"]["get"];
export type VideoComment = VideoReview["comments"][number];

import { z } from "zod";
import { requiredText, wholeNumber } from "./ids.ts";

/** One timed step of a protocol: what it is for, how long it takes, what to ask. */
const protocolStepInputSchema = z.object({
  title: requiredText({ missing: "Enter a step title", label: "Step title" }),
  purpose: requiredText({ missing: "Say what the step is for", label: "Purpose", max: 500 }),
  minutes: wholeNumber("Minutes", 1).max(120, "A step can take at most 120 minutes"),
  prompts: z
    .array(requiredText({ missing: "Write the prompt or remove it", label: "A prompt", max: 300 }))
    .max(8, "A step can have at most 8 prompts"),
});
export type ProtocolStepInput = z.infer<typeof protocolStepInputSchema>;

/** A district's own protocol, added next to the ones every district starts with. */
export const createProtocolInputSchema = z.object({
  name: requiredText({ missing: "Enter a name", label: "Name", max: 80 }),
  purpose: requiredText({ missing: "Say what the protocol is for", label: "Purpose", max: 500 }),
  steps: z
    .array(protocolStepInputSchema)
    .min(1, "Add at least one step")
    .max(12, "A protocol can have at most 12 steps"),
});
export type CreateProtocolInput = z.infer<typeof createProtocolInputSchema>;

/** A stored step, of a protocol or of a meeting's agenda (whose steps are a protocol's, copied). */
export interface ProtocolStep extends ProtocolStepInput {
  id: string;
  position: number;
}

export interface Protocol {
  id: string;
  name: string;
  purpose: string;
  /** False for the protocols every district starts with. */
  addedByDistrict: boolean;
  steps: ProtocolStep[];
  totalMinutes: number;
}

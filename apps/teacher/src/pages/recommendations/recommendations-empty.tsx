import { EmptyState } from "@throughline/ui/empty-state";
import { Sparkles } from "lucide-react";

/** No recommendation: says where they come from, so the empty list is not a mystery. */
export function RecommendationsEmpty({ headingLevel }: { headingLevel: 2 | 3 }) {
  return (
    <EmptyState title="Nothing recommended right now" headingLevel={headingLevel} icon={Sparkles}>
      <p>
        Recommendations come from what is seen in your classroom: when an observation or an
        evaluation rating shows an indicator below its target, the MicroPD sessions for it appear
        here. Your coach can also assign you a session.
      </p>
    </EmptyState>
  );
}

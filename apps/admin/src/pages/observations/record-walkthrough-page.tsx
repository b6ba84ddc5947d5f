import { RecordObservationScreen } from "@throughline/ui/record-observation-screen";
import { trpc } from "../../lib/trpc.ts";

/** The phone-first recording screen of the principal's draft walkthrough (the coach app's form). */
export function RecordWalkthroughPage() {
  return <RecordObservationScreen trpc={trpc} noun="walkthrough" />;
}

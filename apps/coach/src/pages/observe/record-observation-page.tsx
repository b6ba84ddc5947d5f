import { RecordObservationScreen } from "@throughline/ui/record-observation-screen";
import { trpc } from "../../lib/trpc.ts";

/** The phone-first recording screen of a draft observation. */
export function RecordObservationPage() {
  return <RecordObservationScreen trpc={trpc} noun="observation" />;
}

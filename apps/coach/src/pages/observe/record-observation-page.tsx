import { trpc } from "@throughline/app-kit/client";
import { RecordObservationScreen } from "@throughline/app-kit/record-observation-screen";

/** The phone-first recording screen of a draft observation. */
export function RecordObservationPage() {
  return <RecordObservationScreen trpc={trpc} noun="observation" />;
}

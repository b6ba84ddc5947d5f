import { trpc } from "@throughline/app-kit/client";
import { RecordObservationScreen } from "@throughline/app-kit/record-observation-screen";

/** The phone-first recording screen of the principal's draft walkthrough (the coach app's form). */
export function RecordWalkthroughPage() {
  return <RecordObservationScreen trpc={trpc} noun="walkthrough" />;
}

import { StartObservationScreen } from "@throughline/app-kit/start-observation-screen";
import { BackLink } from "@throughline/ui/back-link";
import { useParams } from "react-router";

/** Second step: the date, class and indicators of a walkthrough of one teacher. */
export function StartWalkthroughPage() {
  const { teacherId = "" } = useParams();
  return (
    <StartObservationScreen
      teacherId={teacherId}
      title={(name) => `Walkthrough of ${name}`}
      errorTitle="You cannot record a walkthrough of this teacher"
      recordPath={(observationId) => `/observations/${observationId}/record`}
      back={<BackLink to="/observations/new">Choose another teacher</BackLink>}
    />
  );
}

import { StartObservationScreen } from "@throughline/app-kit/start-observation-screen";
import { useSearchParams } from "react-router";

/** Starts an observation of the teacher named in the address (`?teacherId=`). */
export function NewObservationPage() {
  const [params] = useSearchParams();
  return (
    <StartObservationScreen
      teacherId={params.get("teacherId") ?? ""}
      title={(name) => `Observe ${name}`}
      errorTitle="You cannot observe this teacher"
      recordPath={(observationId) => `/observe/${observationId}`}
    />
  );
}

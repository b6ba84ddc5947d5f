import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { useState } from "react";

/** The schools the viewer may plan and the one chosen (the first until another is picked). */
export function usePlannedSchool() {
  const schools = useQuery(trpc.collaboration.schools.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  const schoolId = chosen ?? schools.data?.[0]?.id ?? null;
  return { schools, schoolId, setSchoolId: setChosen };
}

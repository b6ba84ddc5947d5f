import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { trpc } from "../../lib/trpc.ts";

/** The schools the viewer may plan and the one chosen (the first until another is picked). */
export function usePlannedSchool() {
  const schools = useQuery(trpc.collaboration.schools.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  const schoolId = chosen ?? schools.data?.[0]?.id ?? null;
  return { schools, schoolId, setSchoolId: setChosen };
}

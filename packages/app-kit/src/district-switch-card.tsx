import { useQuery } from "@tanstack/react-query";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import type { AppTrpc } from "./app-trpc.ts";
import { DistrictChoices } from "./district-choices.tsx";

/** My account → Your districts: shown only to a sign-in that belongs to more than one. */
export function DistrictSwitchCard({ trpc }: { trpc: AppTrpc }) {
  const districts = useQuery(trpc.account.districts.queryOptions());
  if ((districts.data?.districts.length ?? 0) < 2) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your districts</CardTitle>
        <CardDescription>
          Your sign-in belongs to more than one district. Open another one here; your other devices
          keep the district they have open.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <DistrictChoices trpc={trpc} />
      </CardContent>
    </Card>
  );
}

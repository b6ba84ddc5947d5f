import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { Label } from "@throughline/ui/label";
import { Eye } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { useNavigate } from "react-router";

/** "New observation": pick a teacher of the caseload, then the usual start screen for them. */
export function NewObservationChooser() {
  const caseload = useQuery(trpc.caseload.mine.queryOptions());
  const navigate = useNavigate();
  const id = useId();
  const [teacherId, setTeacherId] = useState("");
  if (caseload.isPending) return <p className="text-sm text-muted-foreground">Loading teachers…</p>;
  if (caseload.isError) {
    return (
      <p className="text-sm text-danger">
        Your caseload could not be loaded, so a teacher cannot be chosen here.
      </p>
    );
  }
  // A teacher on two of the viewer's teams appears once.
  const teachers = [
    ...new Map(caseload.data.rows.map((row) => [row.personId, row.displayName])).entries(),
  ].sort(([, a], [, b]) => a.localeCompare(b));
  if (teachers.length === 0) return null;
  const chosen = teacherId || (teachers[0]?.[0] ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`/observe/new?teacherId=${chosen}`);
  };
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-2 rounded-md border border-border bg-surface p-4 sm:flex-row sm:items-end"
    >
      <div className="flex flex-1 flex-col gap-1.5">
        <Label htmlFor={id}>Teacher to observe</Label>
        <select
          id={id}
          value={chosen}
          onChange={(event) => setTeacherId(event.target.value)}
          className="min-h-11 rounded-md border border-input bg-surface px-3 text-base focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          {teachers.map(([personId, name]) => (
            <option key={personId} value={personId}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" size="lg">
        <Eye aria-hidden="true" />
        New observation
      </Button>
    </form>
  );
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { MentoringPerson } from "@throughline/domain/mentoring";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useState } from "react";

/** Picks a new teacher of the school and a mentor (any teacher or coach of the district). */
export function AssignMentorForm({
  teachers,
  mentors,
  today,
}: {
  teachers: MentoringPerson[];
  mentors: MentoringPerson[];
  today: string;
}) {
  const queryClient = useQueryClient();
  const [menteeId, setMenteeId] = useState("");
  const [mentorId, setMentorId] = useState("");
  const [startedOn, setStartedOn] = useState(today);
  const [assigned, setAssigned] = useState<string | null>(null);
  const assign = useMutation(
    trpc.mentoring.assign.mutationOptions({
      onSuccess: async () => {
        const mentee = teachers.find((teacher) => teacher.id === menteeId)?.displayName ?? "";
        const mentor = mentors.find((person) => person.id === mentorId)?.displayName ?? "";
        setAssigned(`${mentor} now mentors ${mentee}.`);
        setMenteeId("");
        setMentorId("");
        await queryClient.invalidateQueries({ queryKey: trpc.mentoring.pathKey() });
      },
    }),
  );
  const error = assign.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAssigned(null);
    assign.mutate({ menteeId, mentorId, startedOn });
  };
  const chosenError = (path: string, chosen: string, message: string) =>
    error && chosen === "" ? message : fieldError(error, path);
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="New teacher"
          value={menteeId}
          onChange={(event) => setMenteeId(event.target.value)}
          error={chosenError("menteeId", menteeId, "Choose the new teacher")}
        >
          <option value="">Choose a teacher</option>
          {teachers.map((teacher) => (
            <option key={teacher.id} value={teacher.id}>
              {teacher.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Mentor"
          value={mentorId}
          onChange={(event) => setMentorId(event.target.value)}
          error={chosenError("mentorId", mentorId, "Choose the mentor")}
        >
          <option value="">Choose a mentor</option>
          {mentors.map((mentor) => (
            <option key={mentor.id} value={mentor.id}>
              {mentor.displayName}
            </option>
          ))}
        </SelectField>
        <FormField
          label="Starts on"
          type="date"
          value={startedOn}
          onChange={(event) => setStartedOn(event.target.value)}
          error={fieldError(error, "startedOn")}
        />
      </div>
      {error && !error.data?.fieldErrors ? <Alert variant="error">{error.message}</Alert> : null}
      {assigned ? <Alert variant="success">{assigned}</Alert> : null}
      <div>
        <Button type="submit" size="lg" disabled={assign.isPending}>
          {assign.isPending ? "Assigning…" : "Assign mentor"}
        </Button>
      </div>
    </form>
  );
}

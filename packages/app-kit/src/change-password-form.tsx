import { changePasswordInputSchema } from "@throughline/domain/account";
import { minPasswordLength } from "@throughline/domain/people-admin";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { FormField } from "@throughline/ui/form-field";
import { type FormEvent, useId, useState } from "react";
import type { ChangePasswordOutcome } from "./app-client.ts";

type Field = "currentPassword" | "newPassword" | "confirmPassword";

/** The three password boxes in order: each one's words, and what the browser may fill in. */
const passwordBoxes: { field: Field; label: string; autoComplete: string; hint?: string }[] = [
  { field: "currentPassword", label: "Current password", autoComplete: "current-password" },
  {
    field: "newPassword",
    label: "New password",
    autoComplete: "new-password",
    hint: `At least ${minPasswordLength} characters. A short sentence is easy to remember.`,
  },
  { field: "confirmPassword", label: "Confirm new password", autoComplete: "new-password" },
];

export interface ChangePasswordFormProps {
  changePassword: (input: {
    currentPassword: string;
    newPassword: string;
    signOutOtherDevices: boolean;
  }) => Promise<ChangePasswordOutcome>;
  /** Called after a change, e.g. to refresh the device list (others may have been signed out). */
  onChanged?: () => void;
}

/** Current password, a new one twice, and whether the other devices are signed out with it. */
export function ChangePasswordForm({ changePassword, onChanged }: ChangePasswordFormProps) {
  const id = useId();
  const [values, setValues] = useState({
    currentPassword: "",
    newPassword: "",
    confirmPassword: "",
  });
  const [signOutOtherDevices, setSignOutOtherDevices] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [saving, setSaving] = useState(false);

  const set = (field: Field) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setDone(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(false);
    const parsed = changePasswordInputSchema.safeParse({ ...values, signOutOtherDevices });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const outcome = await changePassword(parsed.data);
      if (outcome.ok) {
        setValues({ currentPassword: "", newPassword: "", confirmPassword: "" });
        setDone(true);
        onChanged?.();
      } else if (outcome.field) {
        setErrors({ [outcome.field]: outcome.message });
      } else {
        setProblem(outcome.message);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle id={`${id}-title`}>Change password</CardTitle>
        <CardDescription>
          Forgot it? Sign out and choose “Forgot your password?” on the sign-in page.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          aria-labelledby={`${id}-title`}
          className="flex max-w-md flex-col gap-5"
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          {passwordBoxes.map(({ field, ...box }) => (
            <FormField
              key={field}
              {...box}
              type="password"
              value={values[field]}
              onChange={set(field)}
              error={errors[field]}
            />
          ))}
          <CheckboxField
            label="Sign out of my other devices (recommended if someone else may know the old password)"
            checked={signOutOtherDevices}
            onChange={setSignOutOtherDevices}
          />
          {problem ? <Alert variant="error">{problem}</Alert> : null}
          {done ? (
            <Alert variant="success">
              Your password is changed.
              {signOutOtherDevices ? " Your other devices are signed out." : ""}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" disabled={saving}>
              {saving ? "Changing…" : "Change password"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

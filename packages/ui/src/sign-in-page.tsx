import { LoaderCircle } from "lucide-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Alert } from "./alert.tsx";
import { Brand } from "./brand.tsx";
import { Button } from "./button.tsx";
import { FormField } from "./form-field.tsx";
import { SkipLink } from "./skip-link.tsx";

export interface SignInPageProps {
  /** The app being signed in to, e.g. "My learning". */
  appName: string;
  /** Signs in; resolves to an error message to show, or null when signed in. */
  onSubmit: (email: string, password: string) => Promise<string | null>;
}

interface FieldErrors {
  email?: string;
  password?: string;
}

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = "Enter your email address.";
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
    errors.email = "Enter an email address like name@school.org.";
  }
  if (!password) errors.password = "Enter your password.";
  return errors;
}

/** Email and password sign-in, with errors next to the fields and the server's answer above. */
export function SignInPage({ appName, onSubmit }: SignInPageProps) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  // After a refused sign-in the password is cleared: put the cursor back there to retype it.
  useEffect(() => {
    if (error && !submitting) passwordRef.current?.focus();
  }, [error, submitting]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const errors = validate(email, password);
    setFieldErrors(errors);
    setError(null);
    if (errors.email || errors.password) {
      const firstInvalid = errors.email ? "email" : "password";
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const message = await onSubmit(email.trim(), password);
      if (message) {
        setError(message);
        setPassword("");
      }
    } catch {
      setError("We could not reach Throughline. Check your connection and try again.");
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="px-4 py-4 sm:px-6">
        <Brand />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 focus:outline-none sm:pt-16"
      >
        <div className="w-full max-w-md rounded-[var(--radius-card)] border border-border bg-surface p-6 shadow-sm sm:p-8">
          <p className="text-sm font-semibold tracking-wide text-primary uppercase">{appName}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-foreground">
            Sign in to Throughline
          </h1>
          <p className="mt-2 text-sm text-muted-foreground">
            Use the email address and password your school or district gave you.
          </p>

          <form
            noValidate
            onSubmit={handleSubmit}
            aria-busy={submitting || undefined}
            className="mt-6 flex flex-col gap-5"
          >
            {error ? (
              <Alert variant="error" title="Could not sign in">
                {error}
              </Alert>
            ) : null}
            <FormField
              label="Email"
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={fieldErrors.email}
              disabled={submitting}
              required
            />
            <FormField
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              ref={passwordRef}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={fieldErrors.password}
              disabled={submitting}
              required
            />
            <Button type="submit" size="lg" disabled={submitting} className="mt-1 w-full">
              {submitting ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
              Sign in
            </Button>
          </form>
        </div>
      </main>
    </div>
  );
}

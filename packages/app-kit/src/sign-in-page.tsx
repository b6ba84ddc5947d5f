import type { SignInMethod } from "@throughline/domain/sso";
import { Alert } from "@throughline/ui/alert";
import { Brand } from "@throughline/ui/brand";
import { Button } from "@throughline/ui/button";
import { FormField } from "@throughline/ui/form-field";
import { SkipLink } from "@throughline/ui/skip-link";
import { LoaderCircle } from "lucide-react";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { emailProblem } from "./email-problem.ts";
import { loadAuthClient } from "./load-auth-client.ts";
import { lookUpSignInMethod, startSingleSignOn } from "./sign-in-methods.ts";
import { SignInStepForm } from "./sign-in-step-form.tsx";

export interface SignInPageProps {
  /** The app being signed in to, e.g. "My learning". */
  appName: string;
  /** The app's key ("teacher"), so a refused single sign-on can link back to it. */
  app: string;
  /** Signs in; resolves to an error message to show, or null when signed in. */
  onSubmit: (email: string, password: string) => Promise<string | null>;
  /** How an address signs in (the server's answer by default). */
  lookUp?: (email: string) => Promise<SignInMethod>;
  /** Starts the district's single sign-on (the server's by default). */
  startSso?: (email: string, app: string) => Promise<string | null>;
}

type Step =
  | { kind: "email" }
  | { kind: "sso"; providerName: string; passwordAllowed: boolean }
  | { kind: "password"; providerName: string | null };

const unreachable = "We could not reach Throughline. Check your connection and try again.";

/**
 * Email first: the address decides how a person signs in. An address on a district's
 * single sign-on domain continues with that district's identity provider; any other address
 * (or one whose district still allows it) continues with a password.
 */
export function SignInPage({
  appName,
  app,
  onSubmit,
  lookUp = lookUpSignInMethod,
  startSso = startSingleSignOn,
}: SignInPageProps) {
  const [step, setStep] = useState<Step>({ kind: "email" });
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Whatever the current step wants focused: its field, or its button.
  const focusTarget = useRef<HTMLElement | null>(null);
  const focusRef = (node: HTMLElement | null) => {
    focusTarget.current = node;
  };

  // The auth client is not in the app's first download: fetch it once the person starts on the
  // form (a key, a tap, or the browser filling the address in), not while the page is still
  // settling on a slow phone. Continuing waits for it in any case.
  const warmAuthClient = () => void loadAuthClient();

  // Each step puts the cursor where the person goes next; so does a refused attempt.
  const focusMoment = `${step.kind}:${error ?? ""}:${busy}`;
  useEffect(() => {
    if (focusMoment.endsWith(":false")) focusTarget.current?.focus();
  }, [focusMoment]);

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch {
      setError(unreachable);
    } finally {
      setBusy(false);
    }
  }

  function continueWithEmail(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = emailProblem(email);
    setFieldError(problem);
    if (problem) {
      focusTarget.current?.focus();
      return;
    }
    void run(async () => {
      const method = await lookUp(email.trim());
      setStep(
        method.method === "sso"
          ? {
              kind: "sso",
              providerName: method.providerName,
              passwordAllowed: method.passwordAllowed,
            }
          : { kind: "password", providerName: null },
      );
    });
  }

  function signInWithPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) {
      setFieldError("Enter your password.");
      focusTarget.current?.focus();
      return;
    }
    setFieldError(undefined);
    void run(async () => {
      const message = await onSubmit(email.trim(), password);
      if (message) {
        setError(message);
        setPassword("");
      }
    });
  }

  function continueWithSso(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(async () => {
      const message = await startSso(email.trim(), app);
      if (message) setError(message);
      // Otherwise the browser is on its way to the identity provider: stay busy.
      else setBusy(true);
    });
  }

  function changeEmail() {
    setStep({ kind: "email" });
    setPassword("");
    setError(null);
    setFieldError(undefined);
  }

  const spinner = busy ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null;
  // The one field of the email step and of the password step: focused, and off while asking.
  const stepField = { ref: focusRef, error: fieldError, disabled: busy, required: true } as const;
  const submitStep = (label: string) => (
    <Button type="submit" size="lg" disabled={busy} className="mt-1 w-full">
      {spinner}
      {label}
    </Button>
  );
  const errorAlert = error ? (
    <Alert variant="error" title="Could not sign in">
      {error}
    </Alert>
  ) : null;

  // Each step is its own form (a key apiece): were the form element reused, the click that
  // changes the step would land on the next step's submit button and submit it at once.
  let content: ReactNode;
  if (step.kind === "email") {
    content = (
      <SignInStepForm
        noValidate
        key="email"
        onSubmit={continueWithEmail}
        onKeyDownCapture={warmAuthClient}
        onPointerDownCapture={warmAuthClient}
        onInputCapture={warmAuthClient}
        busy={busy}
        alert={errorAlert}
      >
        <FormField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          {...stepField}
        />
        {submitStep("Continue")}
      </SignInStepForm>
    );
  } else {
    const signingInAs = { email: email.trim(), change: changeEmail };
    content =
      step.kind === "sso" ? (
        <SignInStepForm
          key="sso"
          onSubmit={continueWithSso}
          busy={busy}
          alert={errorAlert}
          signingInAs={signingInAs}
        >
          <p className="text-sm text-muted-foreground">
            Your district signs in with {step.providerName}. You will come back here once you have
            signed in there.
          </p>
          <Button ref={focusRef} type="submit" size="lg" disabled={busy} className="w-full">
            {spinner}
            Continue with {step.providerName}
          </Button>
          {step.passwordAllowed ? (
            <Button
              type="button"
              variant="link"
              className="self-center"
              disabled={busy}
              onClick={() => setStep({ kind: "password", providerName: step.providerName })}
            >
              Sign in with a password instead
            </Button>
          ) : null}
        </SignInStepForm>
      ) : (
        <SignInStepForm
          noValidate
          key="password"
          onSubmit={signInWithPassword}
          busy={busy}
          alert={errorAlert}
          signingInAs={signingInAs}
        >
          {/* For password managers: the account this password belongs to. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={email.trim()}
            readOnly
            hidden
          />
          <FormField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            {...stepField}
          />
          {submitStep("Sign in")}
          <div className="flex flex-wrap justify-between gap-2 text-sm">
            <a
              className="font-medium text-primary underline-offset-4 hover:underline"
              href="/password/forgot"
            >
              Forgot your password?
            </a>
            {step.providerName ? (
              <Button
                type="button"
                variant="link"
                disabled={busy}
                onClick={() =>
                  setStep({
                    kind: "sso",
                    providerName: step.providerName ?? "",
                    passwordAllowed: true,
                  })
                }
              >
                Continue with {step.providerName} instead
              </Button>
            ) : null}
          </div>
        </SignInStepForm>
      );
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
            {step.kind === "email"
              ? "Enter your school or district email address."
              : step.kind === "sso"
                ? "Single sign-on"
                : "Enter the password for this address."}
          </p>
          {content}
        </div>
      </main>
    </div>
  );
}

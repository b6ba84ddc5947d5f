import { ArrowRight, LogOut, ShieldAlert } from "lucide-react";
import { Button } from "./button.tsx";
import { GatePage } from "./gate-page.tsx";

export interface AppLink {
  label: string;
  href: string;
  /** Who the app is for, e.g. "for teachers". */
  description?: string;
}

interface AccessDeniedProps {
  /** The app the person tried to open, e.g. "Admin". */
  appName: string;
  /** Why not, in plain words, e.g. "This app is for principals and district staff." */
  message: string;
  /** The apps this person can use instead. */
  links: readonly AppLink[];
  userName?: string;
  onSignOut: () => void;
  signingOut?: boolean;
}

/** A clear "not for you" page: what happened, where to go instead, and a way to sign out. */
export function AccessDenied({
  appName,
  message,
  links,
  userName,
  onSignOut,
  signingOut = false,
}: AccessDeniedProps) {
  return (
    <GatePage
      appName={appName}
      icon={ShieldAlert}
      iconClassName="bg-warning-soft text-warning"
      title={`You can't use ${appName}`}
    >
      <p className="mt-2 text-base text-foreground">{message}</p>

      {links.length > 0 ? (
        <section aria-labelledby="access-denied-apps" className="mt-6">
          <h2 id="access-denied-apps" className="text-sm font-semibold text-foreground">
            Apps you can use
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {links.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  className="flex items-center justify-between gap-3 rounded-lg border border-border px-4 py-3 no-underline transition-colors hover:border-primary hover:bg-primary-soft"
                >
                  <span className="flex flex-col">
                    <span className="font-medium text-primary">Open {link.label}</span>
                    {link.description ? (
                      <span className="text-sm text-muted-foreground">{link.description}</span>
                    ) : null}
                  </span>
                  <ArrowRight aria-hidden="true" className="size-4 text-primary" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-6 text-sm text-muted-foreground">
          Your account does not have access to any Throughline app yet. Ask your school or district
          administrator to add your role.
        </p>
      )}

      <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-border pt-5">
        <p className="text-sm text-muted-foreground">
          {userName ? (
            <>
              Signed in as <span className="font-medium text-foreground">{userName}</span>
            </>
          ) : (
            "Wrong account?"
          )}
        </p>
        <Button variant="secondary" size="sm" onClick={onSignOut} disabled={signingOut}>
          <LogOut aria-hidden="true" />
          Sign out
        </Button>
      </div>
    </GatePage>
  );
}

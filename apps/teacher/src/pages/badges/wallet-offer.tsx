import { useMutation } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button, buttonClasses } from "@throughline/ui/button";
import { FormAlert } from "@throughline/ui/form-alert";
import { Smartphone, Wallet } from "lucide-react";
import { useEffect, useRef } from "react";
import { formatTime } from "./format-time.ts";

const LCW_HOME = "https://lcw.app";

/**
 * "Add to wallet": a one-time link that opens the Learner Credential Wallet, where the wallet
 * proves its DID and receives this badge issued to it. The link works once and expires, so it is
 * made when asked for, never shown with the page. On a desktop the teacher scans the same link
 * as a QR code (drawn by the server) with their phone; the link stays as text too.
 */
export function WalletOffer({ badgeId, name }: { badgeId: string; name: string }) {
  const offer = useMutation(trpc.credentialIssuer.offerToWallet.mutationOptions());
  const panel = useRef<HTMLElement>(null);
  const made = offer.data;
  // The panel takes focus when it opens, so a keyboard or screen reader user lands on its steps.
  useEffect(() => {
    if (made) panel.current?.focus();
  }, [made]);

  if (!made) {
    return (
      <span className="inline-flex flex-col gap-1">
        <Button
          variant="secondary"
          size="sm"
          disabled={offer.isPending}
          onClick={() => offer.mutate({ badgeId })}
        >
          <Wallet aria-hidden="true" />
          {offer.isPending ? "Making a wallet link…" : "Add to wallet"}
          <span className="sr-only"> {name}</span>
        </Button>
        <FormAlert message={offer.error?.message} />
      </span>
    );
  }
  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-label={`Add ${name} to your wallet`}
      className="flex w-full flex-col gap-3 rounded-md border border-border bg-muted/40 p-4 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      <p className="font-medium text-foreground">Add this badge to the Learner Credential Wallet</p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <ol className="list-decimal space-y-1 pl-5 text-foreground">
            <li>
              Install the{" "}
              <a
                className="text-primary underline"
                href={LCW_HOME}
                target="_blank"
                rel="noreferrer"
              >
                Learner Credential Wallet<span className="sr-only"> (opens in a new tab)</span>
              </a>{" "}
              on your phone.
            </li>
            <li>
              On a computer, scan the QR code with your phone's camera. On the phone itself, open
              the link below. Either way the wallet asks to accept the badge.
            </li>
          </ol>
          <a
            href={made.deepLink}
            className={buttonClasses({ size: "sm", className: "gap-2 self-start" })}
          >
            <Smartphone aria-hidden="true" />
            Open in the wallet
          </a>
          <label className="flex flex-col gap-1">
            <span className="text-muted-foreground">Or send this link to your phone</span>
            <input
              readOnly
              value={made.deepLink}
              onFocus={(event) => event.target.select()}
              className="h-10 w-full rounded-md border border-input bg-surface px-3 text-foreground"
            />
          </label>
        </div>
        <figure className="flex flex-col items-center gap-1 self-center sm:self-start">
          <img
            src={`data:image/svg+xml;utf8,${encodeURIComponent(made.qrSvg)}`}
            alt={`QR code of the wallet link for ${name}: scan it with your phone to open the Learner Credential Wallet`}
            width={176}
            height={176}
            className="size-44 rounded-md border border-border bg-white"
          />
          <figcaption className="text-xs text-muted-foreground">Scan with your phone</figcaption>
        </figure>
      </div>
      <p className="text-muted-foreground">
        The link works once, until {formatTime(made.expiresAt)}. The wallet proves who it belongs
        to, and the badge is issued to it, signed by your district.
      </p>
    </section>
  );
}

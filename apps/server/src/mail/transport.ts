import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pickFields } from "@throughline/domain/pick-fields";
import { createTransport } from "nodemailer";

/** One message as it goes on the wire; built from an outbox row, the same on every attempt. */
interface OutgoingEmail {
  /** The outbox row's id: the stable part of the `Message-ID` and the .eml file's name. */
  id: string;
  /** `<id@host>`: the same on a resend, so mail systems and people can tell it is one message. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * The one-click unsubscribe address for `List-Unsubscribe`; null for an email about the
   * person's own sign-in (an invitation, a password reset), which nobody opts out of.
   */
  unsubscribeUrl: string | null;
  /** An iTIP invitation to attach as the calendar part, when the message has one. */
  calendarIcs: string | null;
}

/** Delivers messages: through an SMTP server, or into .eml files when none is configured. */
export interface Mailer {
  via: "smtp" | "file";
  /** Resolves once the server (or the disk) has the message; throws when it refused it. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** The iTIP method the calendar part is sent with; it must match the one inside the file. */
function icsMethod(ics: string): "REQUEST" | "CANCEL" {
  return /^METHOD:CANCEL\r?$/m.test(ics) ? "CANCEL" : "REQUEST";
}

function mailOptions(email: OutgoingEmail) {
  return {
    ...pickFields(email, ["messageId", "from", "to", "subject", "text", "html"]),
    headers: {
      ...(email.unsubscribeUrl
        ? {
            // RFC 2369 and RFC 8058: mail clients offer an unsubscribe button that POSTs here.
            "List-Unsubscribe": `<${email.unsubscribeUrl}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          }
        : {}),
      // Automated mail: no out-of-office replies to a no-reply address.
      "Auto-Submitted": "auto-generated",
    },
    ...(email.calendarIcs
      ? {
          icalEvent: {
            method: icsMethod(email.calendarIcs),
            filename: "invite.ics",
            content: email.calendarIcs,
          },
        }
      : {}),
  };
}

/**
 * Sends through `smtpUrl` (smtp:// or smtps://, credentials in the URL). Timeouts are short
 * enough that a hung server gives the message back well before its claim runs out.
 */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const transport = createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    via: "smtp",
    async send(email) {
      await transport.sendMail(mailOptions(email));
    },
    close: () => transport.close(),
  };
}

/**
 * Without an SMTP server nothing is dropped: each message is written, exactly as it would have
 * been sent, to `<dataDir>/mail/<outbox id>.eml` (a resend overwrites the same file), and
 * stays listed in the outbox.
 */
export function createFileMailer(dataDir: string): Mailer {
  const folder = join(dataDir, "mail");
  const transport = createTransport({ streamTransport: true, buffer: true, newline: "\r\n" });
  return {
    via: "file",
    async send(email) {
      const info = await transport.sendMail(mailOptions(email));
      await mkdir(folder, { recursive: true });
      const file = join(folder, `${email.id}.eml`);
      // Written whole or not at all: a crash mid-write leaves no half message behind.
      await writeFile(`${file}.partial`, info.message as Buffer);
      await rename(`${file}.partial`, file);
    },
    close: () => transport.close(),
  };
}

export function createMailer(options: { smtpUrl?: string; dataDir: string }): Mailer {
  return options.smtpUrl ? createSmtpMailer(options.smtpUrl) : createFileMailer(options.dataDir);
}

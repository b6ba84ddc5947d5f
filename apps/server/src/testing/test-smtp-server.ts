import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** What the test server does with a message it fully received. */
type SmtpAnswer = "accept" | "tempfail";

interface ReceivedMail {
  messageId: string | undefined;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on a random local port for tests: it parses every message it receives
 * with mailparser and answers as `decide` says (a 451 for "tempfail", as a busy server would).
 * Only accepted messages count as delivered.
 */
export async function startTestSmtpServer() {
  const accepted: ReceivedMail[] = [];
  let decide: (raw: Buffer) => SmtpAnswer | Promise<SmtpAnswer> = () => "accept";

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        void (async () => {
          const answer = await decide(raw);
          if (answer === "tempfail") {
            const busy = Object.assign(new Error("Mailbox busy, try again later"), {
              responseCode: 451,
            });
            callback(busy);
            return;
          }
          const parsed = await simpleParser(raw);
          accepted.push({ messageId: parsed.messageId, parsed });
          callback();
        })().catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    /** Replaces how the server answers the next messages. */
    answerWith(next: typeof decide) {
      decide = next;
    },
    /** Forgets what was received so far. */
    reset() {
      accepted.length = 0;
      decide = () => "accept";
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestSmtpServer = Awaited<ReturnType<typeof startTestSmtpServer>>;

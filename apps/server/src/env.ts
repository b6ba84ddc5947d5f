import { resolve } from "node:path";
import { z } from "zod";
import { requireAllOrNoS3Settings, s3EnvShape } from "./files/s3-env.ts";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** A PostgreSQL 15+ URL; without it the embedded database is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** PostgreSQL: give up connecting after this long, so a request fails fast while the database is down. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  /** PostgreSQL: cancel a statement that runs longer than this (0: no limit). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  /** PostgreSQL: end a session left idle inside an open transaction this long (0: no limit). */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  /** On SIGTERM, how long requests in flight may take to finish before they are cut off. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Where the embedded database and the generated secret live. */
  DATA_DIR: z.string().min(1).default("./.data"),
  /** Signs session cookies. Required with DATABASE_URL; generated and kept in DATA_DIR otherwise. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** The origin people use to reach the server; defaults to http://localhost:PORT. */
  PUBLIC_URL: z.url().optional(),
  /**
   * Further origins allowed to sign in, comma-separated (another name of the same server, e.g.
   * https://pd.district.org beside PUBLIC_URL). The embedded quick start also accepts every
   * loopback name of its port (localhost, 127.0.0.1, [::1]) without this.
   */
  TRUSTED_ORIGINS: z
    .string()
    .refine(
      (value) =>
        value
          .split(",")
          .map((entry) => entry.trim())
          .filter((entry) => entry !== "")
          .every((entry) => URL.canParse(entry) && /^https?:$/.test(new URL(entry).protocol)),
      "TRUSTED_ORIGINS must be comma-separated http(s) origins, e.g. https://pd.example.org",
    )
    .optional(),
  /**
   * Seed the demo districts on an empty embedded database. On by default in development and
   * tests, off by default with NODE_ENV=production, so a real installation never starts with
   * invented people in it unless someone asks for the demo (`pnpm demo`).
   */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true")),
  /**
   * Password sign-in requests allowed per minute from one address (0 turns every sign-in limit
   * off). Generous, because a whole school may sign in at 8 am from one address; guessing is
   * held back by the per-account failure limit instead.
   */
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /**
   * Writes (saves of any kind) one person may make per minute, per server process (0: no
   * limit). Far above what anyone clicking or typing makes; it stops a script, not a person.
   */
  WRITES_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /**
   * A dashboard (a district's, or a school's) over this many teachers is built at most once a
   * minute and served from what that build kept, its time shown; smaller ones are built for
   * every request.
   */
  DASHBOARD_SNAPSHOT_TEACHERS: z.coerce.number().int().min(1).default(2_000),
  /**
   * On PostgreSQL, how long a process keeps a session's viewer so a request needs no statement
   * for it; any change to sessions, people, roles, schools, districts or teams makes every
   * process forget at once (LISTEN/NOTIFY), so this only bounds a lost notice. 0: read the
   * session on every request.
   */
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** Identity providers on a private network districts may use: origins, comma-separated. */
  SSO_INTERNAL_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.url({
          protocol: /^https?$/,
          error: "SSO_INTERNAL_ORIGINS lists origins like https://adfs.district.local",
        }),
      ),
    ),
  /** An SMTP server to send email through (smtp:// or smtps://, credentials in the URL); without it mail is kept as .eml files under DATA_DIR/mail. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The From of every email; by default "<district> via Throughline" <no-reply@host of PUBLIC_URL>. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Run the notification worker inside the server (default) or not (then run `pnpm worker`). */
  WORKER: z.enum(["in-process", "off"]).default("in-process"),
  /** How long the worker rests between ticks. */
  WORKER_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Uploaded files in an S3-compatible bucket (all or none; see files/s3-env.ts). */
  ...s3EnvShape,
});

export type ServerEnv = Omit<z.infer<typeof envSchema>, "SEED_DEMO_DATA" | "PUBLIC_URL"> & {
  SEED_DEMO_DATA: boolean;
  /** Always set: PUBLIC_URL as given, or http://localhost:PORT. */
  PUBLIC_URL: string;
};

/** Reads the configuration once, at start-up; a bad value stops the server with a clear message. */
export function readEnv(source: Record<string, string | undefined>): ServerEnv {
  // An empty variable means "not set", as in most deployment tools.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = envSchema.superRefine(requireAllOrNoS3Settings).safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  // A relative data folder is taken from where the command was typed (pnpm passes it as
  // INIT_CWD), so `pnpm start` at the top of the repository keeps its data in ./.data there.
  const base = source.INIT_CWD || process.cwd();
  return {
    ...parsed.data,
    DATA_DIR: resolve(base, parsed.data.DATA_DIR),
    SEED_DEMO_DATA: parsed.data.SEED_DEMO_DATA ?? parsed.data.NODE_ENV !== "production",
    PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`,
  };
}

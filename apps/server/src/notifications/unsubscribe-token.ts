import { createHmac, timingSafeEqual } from "node:crypto";
import { type NotificationKind, notificationKindSchema } from "@throughline/domain/enums";
import { idSchema } from "@throughline/domain/ids";
import type { AppName } from "@throughline/domain/rules/app-access";

/** Whose email of which kinds a one-click unsubscribe link turns off. */
export interface UnsubscribeGrant {
  districtId: string;
  personId: string;
  /** The app whose preferences page the confirmation links to. */
  app: AppName;
  kinds: NotificationKind[];
}

const APPS: readonly AppName[] = ["teacher", "coach", "admin"];

/**
 * A key for unsubscribe links only, derived from the server secret, so a token can never be
 * replayed as any other signed value of the server.
 */
function unsubscribeKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("throughline:unsubscribe").digest();
}

function sign(payload: string, secret: string): Buffer {
  return createHmac("sha256", unsubscribeKey(secret)).update(payload).digest();
}

/**
 * `<payload>.<signature>`, both base64url: the link needs no database row and cannot be forged
 * or changed to cover another person or kind without the secret.
 */
export function createUnsubscribeToken(grant: UnsubscribeGrant, secret: string): string {
  const payload = [grant.districtId, grant.personId, grant.app, grant.kinds.join(",")].join(":");
  const encoded = Buffer.from(payload, "utf8").toString("base64url");
  return `${encoded}.${sign(payload, secret).toString("base64url")}`;
}

/** The grant a token carries, or null when it is malformed or its signature does not match. */
export function readUnsubscribeToken(token: string, secret: string): UnsubscribeGrant | null {
  const [encoded, signature, extra] = token.split(".");
  if (!encoded || !signature || extra !== undefined) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = sign(payload, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [districtId, personId, app, kindList] = payload.split(":");
  if (!districtId || !personId || !kindList || !APPS.includes(app as AppName)) return null;
  if (!idSchema.safeParse(districtId).success || !idSchema.safeParse(personId).success) return null;
  const kinds = kindList.split(",").map((kind) => notificationKindSchema.safeParse(kind));
  if (kinds.some((kind) => !kind.success)) return null;
  return {
    districtId,
    personId,
    app: app as AppName,
    kinds: kinds.flatMap((kind) => (kind.success ? [kind.data] : [])),
  };
}

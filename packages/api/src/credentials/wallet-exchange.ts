import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Transaction } from "@throughline/db/client";
import {
  completeWalletExchange,
  findOpenWalletExchange,
  findOwnBadgeToOffer,
  insertWalletExchange,
} from "@throughline/db/queries/credentials/badge-wallet-exchange";
import { verifyDidAuthentication } from "@throughline/open-badges/did-auth";
import { VC_CONTEXT_V2 } from "@throughline/open-badges/open-badge";
import { signCredential } from "@throughline/open-badges/sign";
import { TRPCError } from "@trpc/server";
import QRCode from "qrcode";
import type { BadgeIssuerConfig } from "./badge-credential.ts";
import { currentSigningKey } from "./issuer-key-store.ts";

/** How long a wallet link works: long enough to open the wallet and scan, short enough to lose. */
const WALLET_EXCHANGE_MINUTES = 15;

function hashOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The exchange's VC-API address and the link that opens it in the Learner Credential Wallet.
 * The link is LCW's universal link, `https://lcw.app/request.html?request=` followed by the
 * URL-encoded JSON `{ credentialRequestOrigin, protocols: { vcapi: <exchange URL> } }`: the
 * form the Digital Credentials Consortium's own exchange coordinator hands LCW
 * (digitalcredentials/workflow-coordinator, `getLcwProtocol`), with the `protocols` object of
 * the VC API exchange interaction (credential-handler/chapi.io, developers/wallets/exchanges.md).
 * On a phone the link opens the wallet; a phone's camera reads the same link from the QR code.
 */
export function walletLinks(publicUrl: string, districtSlug: string, token: string) {
  const origin = publicUrl.replace(/\/+$/, "");
  const exchangeUrl = `${origin}/districts/${encodeURIComponent(districtSlug)}/exchanges/${token}`;
  const request = JSON.stringify({
    credentialRequestOrigin: origin,
    protocols: { vcapi: exchangeUrl },
  });
  return {
    exchangeUrl,
    deepLink: `https://lcw.app/request.html?request=${encodeURIComponent(request)}`,
  };
}

/**
 * The deep link as a QR code, an SVG drawn here so the page needs no QR library and a desktop
 * user can scan it with the wallet on their phone. Error correction M: a screen, not paper.
 */
export function walletQrSvg(deepLink: string): Promise<string> {
  return QRCode.toString(deepLink, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The domain a wallet's presentation must be bound to: this server's host. */
function exchangeDomain(publicUrl: string): string {
  return new URL(publicUrl).host;
}

/**
 * Offers my badge to a wallet: a one-time exchange that expires in `WALLET_EXCHANGE_MINUTES`.
 * Only my own badge, and not a revoked one (a revoked badge is no longer shared).
 */
export async function offerBadgeToWallet(
  tx: Transaction,
  params: { districtId: string; personId: string; badgeId: string; now: Date },
  issuer: BadgeIssuerConfig,
) {
  const badge = await findOwnBadgeToOffer(tx, params);
  if (!badge?.signed) {
    throw new TRPCError({ code: "NOT_FOUND", message: "You have no such badge." });
  }
  if (badge.revokedAt) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This badge was revoked, so it can no longer be added to a wallet.",
    });
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(params.now.getTime() + WALLET_EXCHANGE_MINUTES * 60_000);
  await insertWalletExchange(tx, {
    districtId: params.districtId,
    badgeId: badge.id,
    tokenHash: hashOf(token),
    challenge: randomUUID(),
    expiresAt,
  });
  const links = walletLinks(issuer.publicUrl, badge.districtSlug, token);
  return { ...links, qrSvg: await walletQrSvg(links.deepLink), expiresAt };
}

/** A VC-API exchange answer: the HTTP status and the JSON body. */
interface ExchangeAnswer {
  status: 200 | 400 | 404 | 410;
  body: Record<string, unknown>;
}

const GONE_MESSAGE =
  "This wallet link has expired or was already used. Make a new one from your badges page.";

/**
 * One step of a wallet's VC-API exchange. Without a presentation: the request for one (DIDAuth,
 * with this exchange's challenge and this server's domain). With one: its proof is checked, the
 * exchange is used up, and the badge is answered issued to the proven DID
 * (`credentialSubject.id`), signed now; the hashed email stays beside it.
 */
export async function answerWalletExchange(
  tx: Transaction,
  params: { districtId: string; token: string; body: unknown; exchangeUrl: string; now: Date },
  issuer: BadgeIssuerConfig,
): Promise<ExchangeAnswer> {
  const exchange = await findOpenWalletExchange(tx, {
    tokenHash: hashOf(params.token),
    now: params.now,
  });
  if (!exchange?.signed) return { status: 404, body: { error: GONE_MESSAGE } };
  if (exchange.revokedAt) {
    return { status: 410, body: { error: "This badge was revoked; it cannot be added." } };
  }
  const domain = exchangeDomain(issuer.publicUrl);
  const presentation = presentationIn(params.body);
  if (!presentation) {
    return {
      status: 200,
      body: {
        verifiablePresentationRequest: {
          // The proof this server verifies: an Ed25519 did:key signing with eddsa-rdfc-2022.
          query: [
            {
              type: "DIDAuthentication",
              acceptedMethods: [{ method: "key" }],
              acceptedCryptosuites: [{ cryptosuite: "eddsa-rdfc-2022" }],
            },
          ],
          challenge: exchange.challenge,
          domain,
          interact: {
            service: [
              {
                type: "UnmediatedHttpPresentationService2021",
                serviceEndpoint: params.exchangeUrl,
              },
            ],
          },
        },
      },
    };
  }

  const proven = await verifyDidAuthentication(presentation, {
    challenge: exchange.challenge,
    domain,
  });
  if (!proven.ok) {
    return {
      status: 400,
      body: { error: `The wallet's proof was not accepted: ${proven.reason}` },
    };
  }
  const used = await completeWalletExchange(tx, {
    id: exchange.id,
    holderDid: proven.holder,
    now: params.now,
  });
  if (!used) return { status: 404, body: { error: GONE_MESSAGE } };

  const credential = await issueToHolder(tx, {
    districtId: params.districtId,
    signed: exchange.signed,
    holder: proven.holder,
    now: params.now,
    secret: issuer.secret,
  });
  return {
    status: 200,
    body: {
      verifiablePresentation: {
        "@context": [VC_CONTEXT_V2],
        type: ["VerifiablePresentation"],
        verifiableCredential: [credential],
      },
    },
  };
}

function presentationIn(body: unknown): Record<string, unknown> | null {
  if (!body || typeof body !== "object" || !("verifiablePresentation" in body)) return null;
  const { verifiablePresentation } = body;
  return verifiablePresentation && typeof verifiablePresentation === "object"
    ? (verifiablePresentation as Record<string, unknown>)
    : null;
}

/**
 * The awarded badge as issued to a holder: the same claims (the same id and status entry, so
 * revoking the award revokes this copy) with the holder's DID as the subject's id, re-signed
 * with the district's current key.
 */
async function issueToHolder(
  tx: Transaction,
  params: {
    districtId: string;
    signed: Record<string, unknown>;
    holder: string;
    now: Date;
    secret: string;
  },
): Promise<Record<string, unknown>> {
  const { proof: _proof, ...unsigned } = params.signed;
  const subject = unsigned.credentialSubject as Record<string, unknown>;
  const issuerDid = (unsigned.issuer as { id: string }).id;
  const key = await currentSigningKey(tx, {
    districtId: params.districtId,
    secret: params.secret,
    did: issuerDid,
  });
  return signCredential(
    { ...unsigned, credentialSubject: { ...subject, id: params.holder } },
    key,
    params.now,
  );
}

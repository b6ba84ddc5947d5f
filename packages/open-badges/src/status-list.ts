/// <reference path="./vendor-types.d.ts" />
import { Bitstring } from "@digitalbazaar/bitstring";
import { dateTime, VC_CONTEXT_V2 } from "./open-badge.ts";

/** Multibase prefix of base64url (no padding), which BitstringStatusList's `encodedList` uses. */
const MULTIBASE_BASE64URL = "u";

/** The GZIP'd bitstring, multibase base64url, with the given positions set (index 0 leftmost). */
export async function encodeStatusList(length: number, setIndexes: number[]): Promise<string> {
  const bits = new Bitstring({ length });
  for (const index of setIndexes) bits.set(index, true);
  return MULTIBASE_BASE64URL + (await bits.encodeBits());
}

/** Reads one bit of an `encodedList`. */
export async function statusListBit(encodedList: string, index: number): Promise<boolean> {
  if (!encodedList.startsWith(MULTIBASE_BASE64URL)) {
    throw new Error("The status list is not multibase base64url.");
  }
  const buffer = await Bitstring.decodeBits({ encoded: encodedList.slice(1) });
  if (index < 0 || index >= buffer.length * 8) throw new Error("Index outside the status list.");
  return new Bitstring({ buffer }).get(index);
}

/** The unsigned BitstringStatusListCredential of a district's revocations. */
export function buildStatusListCredential(params: {
  listUrl: string;
  issuerDid: string;
  encodedList: string;
  validFrom: Date;
}): Record<string, unknown> {
  return {
    "@context": [VC_CONTEXT_V2],
    id: params.listUrl,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: params.issuerDid,
    validFrom: dateTime(params.validFrom),
    credentialSubject: {
      id: `${params.listUrl}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
      encodedList: params.encodedList,
    },
  };
}

import { z } from "zod";
import type { BadgeVerdict } from "./badge-verification.ts";
import type { CredentialPageView } from "./credential-page.ts";

/** The fields the page shows, read from the signed credential (what a verifier sees). */
const shownSchema = z.object({
  issuer: z.object({
    name: z.string(),
    url: z.string(),
    image: z.object({ id: z.string() }).optional(),
  }),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime().optional(),
  credentialSubject: z.object({
    achievement: z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      criteria: z.object({ narrative: z.string() }),
      image: z.object({ id: z.string() }),
      alignment: z.array(z.object({ targetName: z.string() })).optional(),
    }),
  }),
});

export function credentialPageView(params: {
  credential: Record<string, unknown>;
  earnerName: string;
  jsonUrl: string;
  pageUrl: string;
  verdict: BadgeVerdict;
  timeZone: string;
}): CredentialPageView | null {
  const parsed = shownSchema.safeParse(params.credential);
  if (!parsed.success) return null;
  const { issuer, credentialSubject } = parsed.data;
  const { achievement } = credentialSubject;
  return {
    name: achievement.name,
    earnerName: params.earnerName,
    issuerName: issuer.name,
    issuerUrl: issuer.url,
    issuerLogoUrl: issuer.image?.id ?? null,
    imageUrl: achievement.image.id,
    // Derived from the Achievement's address, so badges signed before the PNG existed have one.
    pngImageUrl: `${achievement.id}/image.png`,
    pageUrl: params.pageUrl,
    competency: achievement.description,
    criteria: achievement.criteria.narrative,
    alignments: (achievement.alignment ?? []).map((alignment) => alignment.targetName),
    validFrom: new Date(parsed.data.validFrom),
    validUntil: parsed.data.validUntil ? new Date(parsed.data.validUntil) : null,
    jsonUrl: params.jsonUrl,
    verdict: params.verdict,
    timeZone: params.timeZone,
  };
}

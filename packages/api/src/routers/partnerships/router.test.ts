import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  insertSubmission,
  LESSON_DESIGN,
  setReviewSettings,
} from "../../testing/credential-reviews-fixture.ts";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * Issue 21: districts in a partnership share certified reviewers. Maple Valley offers Leah
 * (certified there) to Cedar Ridge, which accepts her onto its own Lesson Design credential;
 * she then reviews Cedar Ridge submissions of that credential under the same eligibility rule
 * as Cedar Ridge's own reviewers, always blind, and only while the partnership, the offer and
 * her certification hold.
 */

const LEAH = demoEmail.middleCoach;
const CEDAR_ADMIN = "admin@cedarridge.test";
const CEDAR_TEACHER = "aaron.feld@cedarridge.test";

const api = testApiPerFile();
type Caller = Awaited<ReturnType<typeof api.callerFor>>;
let maple: Caller;
let cedar: Caller;
let cedarId: string;

beforeAll(async () => {
  maple = await api.callerFor(demoEmail.admin);
  cedar = await api.callerFor(CEDAR_ADMIN);
  const [found] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from district where slug = 'cedar-ridge'`,
  );
  cedarId = found?.id ?? "";
});

/** Leah's sign-in joins her new Cedar Ridge person (what `/invite/…/join` does) and opens it. */
async function leahInCedarRidge(): Promise<Caller> {
  await rawRows(
    api.db,
    sql`update person set user_id = (
          select user_id from person where email = ${LEAH} and user_id is not null limit 1)
        where email = ${LEAH} and district_id = ${cedarId} and user_id is null`,
  );
  const leah = await api.callerFor(LEAH);
  await leah.account.chooseDistrict({ districtId: cedarId });
  return leah;
}

async function offerLeah(partnershipId: string) {
  const overview = await maple.partnerships.overview();
  const certification = overview.certifications.find(
    (row) => row.reviewerName === "Leah Whitfield" && row.credentialName === LESSON_DESIGN,
  );
  if (!certification) throw new Error("Leah is not certified for Lesson Design.");
  await maple.partnerships.offerReviewer({
    partnershipId,
    certificationId: certification.certificationId,
  });
  const received = (await cedar.partnerships.overview()).partnerships
    .find((row) => row.id === partnershipId)
    ?.received.find((offer) => offer.status === "offered");
  if (!received) throw new Error("Cedar Ridge does not see the offer.");
  return {
    certification,
    received,
    credentials: (await cedar.partnerships.overview()).credentials,
  };
}

describe("a partnership", () => {
  let partnershipId: string;
  let leah: Caller;
  let submissionId: string;

  it("is proposed by one district's admin and accepted by the other's, not by the proposer", async () => {
    expect(
      await codeOf(maple.partnerships.propose({ partnerSlug: "maple-valley", note: "" })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(maple.partnerships.propose({ partnerSlug: "nowhere", note: "" }))).toBe(
      "NOT_FOUND",
    );
    const made = await maple.partnerships.propose({
      partnerSlug: "Cedar-Ridge",
      note: "Sharing reviewers for Lesson Design.",
    });
    partnershipId = made.id;
    expect(made.partnerName).toBe("Cedar Ridge Schools");
    expect(await codeOf(maple.partnerships.propose({ partnerSlug: "cedar-ridge", note: "" }))).toBe(
      "CONFLICT",
    );
    const seen = (await cedar.partnerships.overview()).partnerships[0];
    expect(seen).toMatchObject({
      partnerName: "Maple Valley Unified",
      proposedByUs: false,
      state: "proposed",
    });
    // Nothing is offered before the partner accepts.
    const certificationId =
      (await maple.partnerships.overview()).certifications[0]?.certificationId ?? "";
    expect(await codeOf(maple.partnerships.offerReviewer({ partnershipId, certificationId }))).toBe(
      "CONFLICT",
    );
    expect(await codeOf(maple.partnerships.accept({ partnershipId }))).toBe("FORBIDDEN");
    expect((await cedar.partnerships.overview()).ownShortName).toBe("cedar-ridge");
    await cedar.partnerships.accept({ partnershipId });
    expect((await maple.partnerships.overview()).partnerships[0]?.state).toBe("active");
  });

  it("lets one district offer only its own current certifications; the partner reads only what is shared", async () => {
    const { certification, received, credentials } = await offerLeah(partnershipId);
    // Cedar Ridge cannot offer (or even list) Maple Valley's certifications.
    expect(
      (await cedar.partnerships.overview()).certifications.some(
        (row) => row.certificationId === certification.certificationId,
      ),
    ).toBe(false);
    expect(
      await codeOf(
        cedar.partnerships.offerReviewer({
          partnershipId,
          certificationId: certification.certificationId,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(Object.keys(received).sort()).toEqual(
      [
        "credentialName",
        "certifiedUntil",
        "id",
        "offeredAt",
        "reviewerEmail",
        "reviewerName",
        "reviewsFor",
        "status",
        "suggestedCredentialId",
      ].sort(),
    );
    const lessonDesign = credentials.find((row) => row.name === LESSON_DESIGN);
    expect(received.suggestedCredentialId).toBe(lessonDesign?.id);
    // Maple Valley cannot accept its own offer, nor Cedar Ridge withdraw it.
    expect(
      await codeOf(
        maple.partnerships.acceptOffer({
          offerId: received.id,
          credentialId: lessonDesign?.id ?? "",
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf(cedar.partnerships.withdrawOffer({ offerId: received.id }))).toBe(
      "FORBIDDEN",
    );

    const accepted = await cedar.partnerships.acceptOffer({
      offerId: received.id,
      credentialId: lessonDesign?.id ?? "",
    });
    expect(accepted.invite?.url).toContain("/invite/");
    const [person] = await rawRows<{ roles: number }>(
      api.db,
      sql`select count(rm.id)::int as roles from person p
          left join role_membership rm on rm.district_id = p.district_id and rm.person_id = p.id
          where p.district_id = ${cedarId} and p.email = ${LEAH}`,
    );
    expect(person?.roles).toBe(0);
    const [entry] = await rawRows<{ action: string }>(
      api.db,
      sql`select action from audit_event where district_id = ${cedarId}
          and action like 'partner%' order by occurred_at desc limit 1`,
    );
    expect(entry?.action).toBe("partner_reviewer.accepted");
  });

  it("the partner's reviewer reviews the granted credential blind, whatever the district's setting, and nothing else", async () => {
    leah = await leahInCedarRidge();
    const me = await leah.viewer.me();
    expect(me.access.coach).toEqual({ allowed: true, reviewsOnly: true });
    expect(me.access.admin.allowed).toBe(false);
    expect(await codeOf(leah.caseload.mine())).toBe("FORBIDDEN");

    const sample = await insertSubmission(api.db, { email: CEDAR_TEACHER });
    submissionId = sample.submissionId;
    const queue = await leah.credentialReviews.queue();
    expect(queue.blind).toBe(true);
    const item = queue.toReview.find((row) => row.submissionId === submissionId);
    expect(item?.teacher).toBeNull();
    expect(item?.label).not.toContain("Aaron");
    const page = await leah.credentialReviews.submission({ submissionId });
    expect(page.teacher).toBeNull();
    expect(JSON.stringify(page)).not.toContain("Aaron");

    // Cedar Ridge's own coach, under the same (not blind) setting, sees the teacher's name.
    const own = await api.callerFor("coach@cedarridge.test");
    await setReviewSettings(api.db, cedarId, { excludesCoached: false });
    try {
      expect((await own.credentialReviews.submission({ submissionId })).teacher?.name).toBe(
        "Aaron Feld",
      );
    } finally {
      await setReviewSettings(api.db, cedarId, { excludesCoached: true });
    }

    // She does not calibrate here, and her standing lists only the credential she reviews.
    expect(queue.certifications.map((entry) => entry.name)).toEqual([LESSON_DESIGN]);
    expect(
      await codeOf(
        leah.calibration.set({ credentialId: queue.certifications[0]?.credentialId ?? "" }),
      ),
    ).toBe("FORBIDDEN");

    // Another credential of Cedar Ridge is not hers to review.
    const other = await insertSubmission(api.db, {
      email: CEDAR_TEACHER,
      credentialName: "Higher-Order Questioning",
    });
    expect(
      await codeOf(leah.credentialReviews.submission({ submissionId: other.submissionId })),
    ).toBe("FORBIDDEN");
  });

  it("stops when her certification has expired", async () => {
    await rawRows(
      api.db,
      sql`update partner_reviewer_grant set expires_at = now() - interval '1 day'
          where district_id = ${cedarId}`,
    );
    expect(await codeOf(leah.credentialReviews.submission({ submissionId }))).toBe("FORBIDDEN");
    expect((await leah.viewer.me()).access.coach.allowed).toBe(false);
    await rawRows(
      api.db,
      sql`update partner_reviewer_grant set expires_at = now() + interval '300 days'
          where district_id = ${cedarId}`,
    );
    expect(await codeOf(leah.credentialReviews.submission({ submissionId }))).toBe("OK");
  });

  it("stops when her own district deactivates her; offering her again is a new decision", async () => {
    const [leahInMaple] = await rawRows<{ id: string }>(
      api.db,
      sql`select p.id::text as id from person p join district d on d.id = p.district_id
          where p.email = ${LEAH} and d.slug = 'maple-valley'`,
    );
    const personId = leahInMaple?.id ?? "";
    await maple.peopleAdmin.setActive({ personId, active: false });
    const leahAgain = await leahInCedarRidge();
    expect(await codeOf(leahAgain.credentialReviews.submission({ submissionId }))).toBe(
      "FORBIDDEN",
    );
    const statuses = (await cedar.partnerships.overview()).partnerships[0]?.received.map(
      (offer) => offer.status,
    );
    expect(statuses).toContain("withdrawn");

    // Active again, she is not a reviewer there until Maple Valley offers her once more.
    await maple.peopleAdmin.setActive({ personId, active: true });
    expect(await codeOf(leahAgain.credentialReviews.submission({ submissionId }))).toBe(
      "FORBIDDEN",
    );
    const { received, credentials } = await offerLeah(partnershipId);
    await cedar.partnerships.acceptOffer({
      offerId: received.id,
      credentialId: credentials.find((row) => row.name === LESSON_DESIGN)?.id ?? "",
    });
    leah = await leahInCedarRidge();
    expect(await codeOf(leah.credentialReviews.submission({ submissionId }))).toBe("OK");
  });

  it("stops when the offering district withdraws her, and again when the partnership ends", async () => {
    const offerId = (await maple.partnerships.overview()).partnerships[0]?.offered[0]?.id ?? "";
    await maple.partnerships.withdrawOffer({ offerId });
    expect(await codeOf(leah.credentialReviews.submission({ submissionId }))).toBe("FORBIDDEN");

    // Offered and accepted again: she reviews again (her person there is kept, no new link).
    const { received, credentials } = await offerLeah(partnershipId);
    const again = await cedar.partnerships.acceptOffer({
      offerId: received.id,
      credentialId: credentials.find((row) => row.name === LESSON_DESIGN)?.id ?? "",
    });
    expect(again.invite).toBeNull();
    expect(await codeOf(leah.credentialReviews.submission({ submissionId }))).toBe("OK");

    await maple.partnerships.end({ partnershipId });
    expect(await codeOf(leah.credentialReviews.submission({ submissionId }))).toBe("FORBIDDEN");
    expect((await leah.credentialReviews.queue().catch(() => null))?.toReview ?? []).toEqual([]);
    expect(await codeOf(cedar.partnerships.end({ partnershipId }))).toBe("CONFLICT");
  });

  it("is invisible to a district that is not a party", async () => {
    const leahInMaple = await api.callerFor(LEAH);
    await leahInMaple.account.chooseDistrict({
      districtId: (await maple.viewer.me()).district.id,
    });
    expect(await codeOf(leahInMaple.credentialReviews.submission({ submissionId }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(leahInMaple.partnerships.overview())).toBe("FORBIDDEN");
  });
});

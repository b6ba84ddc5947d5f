import { videoWithViewerFacts } from "@throughline/db/queries/video/video-viewer-facts";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor, rawRows } from "@throughline/db/testing";
import { videoStanding } from "@throughline/domain/video-access";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { certify, insertSubmission } from "../../testing/credential-reviews-fixture.ts";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { readyVideoOf } from "../../testing/video-fixture.ts";

/*
 * Clips brought outside their video: to a support meeting (its team plays them; a principal
 * looking on does not) and to a credential submission (its reviewers play that segment only,
 * while it is under review, whatever happens to the video's other shares).
 */

const api = testApiPerFile();
let videoId = "";
let clipId = "";
let meetingId = "";
let mateEmail = "";

/** What the playback routes decide for the person and the video. */
async function standingOf(email: string): Promise<string> {
  const { districtId, personId } = await membershipFor(api.db, email);
  const found = await withTenant(api.db, districtId, (tx) =>
    videoWithViewerFacts(tx, { videoId, personId }),
  );
  return found ? videoStanding(found.facts) : "none";
}

/** A meeting still to come of Maria's PLC, and a teammate who is no evaluator. */
async function meetingAndMate() {
  const [row] = await rawRows<{ meeting_id: string; mate: string }>(
    api.db,
    sql`select m.id::text as meeting_id, mp.email as mate
        from support_meeting m
        join team_member tm on tm.district_id = m.district_id and tm.team_id = m.team_id
        join person me on me.district_id = tm.district_id and me.id = tm.person_id
        join team_member other on other.district_id = m.district_id and other.team_id = m.team_id
        join person mp on mp.district_id = other.district_id and mp.id = other.person_id
        where me.email = ${demoEmail.teacher} and m.status = 'scheduled'
          and mp.id <> me.id and mp.active and mp.user_id is not null
          and not exists (select 1 from role_membership r where r.district_id = mp.district_id
            and r.person_id = mp.id and r.role in ('principal', 'district_admin'))
        order by m.starts_at, mp.email limit 1`,
  );
  if (!row) throw new Error("Maria's team has no meeting to come.");
  return row;
}

beforeAll(async () => {
  ({ videoId } = await readyVideoOf(api.db, demoEmail.teacher, "Small-group phonics"));
  const teacher = await api.callerFor(demoEmail.teacher);
  ({ clipId } = await teacher.video.clip({
    videoId,
    title: "Turn and talk",
    startSeconds: 5,
    endSeconds: 12,
  }));
  const found = await meetingAndMate();
  meetingId = found.meeting_id;
  mateEmail = found.mate;
});

describe("a clip brought to a support meeting", () => {
  it("plays for the team taking part, never for a principal looking on", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const coach = await api.callerFor(demoEmail.coach);
    expect(await coach.video.meetingClips({ meetingId })).toEqual([]);
    expect(await standingOf(mateEmail)).toBe("none");

    const choices = (await teacher.video.get({ videoId })).meetingChoices;
    expect(choices.map((meeting) => meeting.id)).toContain(meetingId);
    const { clipShareId } = await teacher.video.bringClipToMeeting({ clipId, meetingId });

    for (const email of [demoEmail.teacher, demoEmail.coach, mateEmail]) {
      const caller = await api.callerFor(email);
      const clips = await caller.video.meetingClips({ meetingId });
      expect(clips).toMatchObject([
        { id: clipShareId, videoId, title: "Turn and talk", startSeconds: 5, endSeconds: 12 },
      ]);
    }
    expect(await standingOf(mateEmail)).toBe("clip");
    expect(await standingOf(demoEmail.coach)).toBe("clip");
    // The segment only: the video's page, comments and other clips stay the teacher's.
    expect(await codeOf(coach.video.get({ videoId }))).toBe("NOT_FOUND");
    const mate = await api.callerFor(mateEmail);
    expect(await codeOf(mate.video.comment({ videoId, atSeconds: 6, body: "Nice" }))).toBe(
      "NOT_FOUND",
    );

    const principal = await api.callerFor(demoEmail.principal);
    // The principal sees that the meeting happened, not the coaching video brought to it.
    expect(await principal.video.meetingClips({ meetingId })).toEqual([]);
    expect(await standingOf(demoEmail.principal)).toBe("none");
    expect(await standingOf(demoEmail.admin)).toBe("none");
    const other = await api.callerFor(demoEmail.cedarRidgeCoach);
    expect(await codeOf(other.video.meetingClips({ meetingId }))).toBe("NOT_FOUND");

    const again = await refusalOf(teacher.video.bringClipToMeeting({ clipId, meetingId }));
    expect(again).toMatchObject({ fieldErrors: [{ path: "meetingId" }] });

    // Revoked: nobody but the teacher plays it any more.
    expect(await codeOf(mate.video.revokeClipShare({ clipShareId }))).toBe("FORBIDDEN");
    await teacher.video.revokeClipShare({ clipShareId });
    expect(await mate.video.meetingClips({ meetingId })).toEqual([]);
    expect(await standingOf(mateEmail)).toBe("none");
    expect(await standingOf(demoEmail.coach)).toBe("none");
  });

  it("is brought by the coach the video is shared with, and never by an evaluator", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const coach = await api.callerFor(demoEmail.coach);
    const principal = await api.callerFor(demoEmail.principal);
    expect(await codeOf(coach.video.bringClipToMeeting({ clipId, meetingId }))).toBe("NOT_FOUND");
    const coachId = (await membershipFor(api.db, demoEmail.coach)).personId;
    const principalId = (await membershipFor(api.db, demoEmail.principal)).personId;
    await teacher.video.share({ videoId, personId: coachId, teamId: null, consentConfirmed: true });
    await teacher.video.share({
      videoId,
      personId: principalId,
      teamId: null,
      consentConfirmed: true,
    });
    // Shared by name, the principal watches the video but passes no clip on to a team.
    expect((await principal.video.get({ videoId })).meetingChoices).toEqual([]);
    expect(
      await refusalOf(principal.video.bringClipToMeeting({ clipId, meetingId })),
    ).toMatchObject({ fieldErrors: [{ path: "meetingId" }] });
    const { clipShareId } = await coach.video.bringClipToMeeting({ clipId, meetingId });
    const mate = await api.callerFor(mateEmail);
    expect((await mate.video.meetingClips({ meetingId })).map((clip) => clip.id)).toEqual([
      clipShareId,
    ]);
    // The teacher may take back what her coach brought.
    await teacher.video.revokeClipShare({ clipShareId });
    expect(await mate.video.meetingClips({ meetingId })).toEqual([]);
  });
});

describe("a clip as credential evidence", () => {
  it("plays for an eligible reviewer under review only, without the rest of the video", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const sample = await insertSubmission(api.db, { email: demoEmail.teacher, attempt: 90 });
    const setStatus = (status: string) =>
      rawRows(
        api.db,
        sql`update credential_submission set status = ${status} where id = ${sample.submissionId}`,
      );
    await expect(
      teacher.video.clipToSubmission({
        submissionId: sample.submissionId,
        requirementKey: "lesson_plan",
        clipId,
      }),
    ).rejects.toThrow(/submitted/);
    await setStatus("draft");
    const reflection = await refusalOf(
      teacher.video.clipToSubmission({
        submissionId: sample.submissionId,
        requirementKey: "reflection",
        clipId,
      }),
    );
    expect(reflection).toMatchObject({ fieldErrors: [{ path: "clipId" }] });
    const { clipShareId } = await teacher.video.clipToSubmission({
      submissionId: sample.submissionId,
      requirementKey: "lesson_plan",
      clipId,
      annotation: "Students explain their thinking to a partner.",
    });
    const reviewerEmail = demoEmail.middleCoach;
    await certify(api.db, reviewerEmail);
    const reviewer = await api.callerFor(reviewerEmail);
    // A draft is not under review: nothing for a reviewer yet.
    expect(await codeOf(reviewer.video.submissionClips(sample))).toBe("NOT_FOUND");
    expect(await standingOf(reviewerEmail)).toBe("none");
    await setStatus("submitted");

    const [clip] = await reviewer.video.submissionClips({ submissionId: sample.submissionId });
    expect(clip).toMatchObject({
      id: clipShareId,
      title: "Turn and talk",
      startSeconds: 5,
      endSeconds: 12,
      requirementKey: "lesson_plan",
      play: { videoId },
      note: null,
      mayRemove: false,
    });
    // Blind: nothing in the answer names the teacher.
    expect(JSON.stringify(clip)).not.toMatch(/Maria|Delgado|sharedBy/);
    expect(await standingOf(reviewerEmail)).toBe("clip");
    expect(await codeOf(reviewer.video.get({ videoId }))).toBe("NOT_FOUND");
    // Her coach may not review her, so plays nothing either.
    const coach = await api.callerFor(demoEmail.coach);
    expect(await codeOf(coach.video.submissionClips(sample))).toBe("NOT_FOUND");
    // Frozen once submitted: the teacher cannot take it back.
    expect(await codeOf(teacher.video.revokeClipShare({ clipShareId }))).toBe("FORBIDDEN");

    // Revoking every other share leaves the reviewer's clip playing.
    const { shares } = await teacher.video.get({ videoId });
    for (const share of shares ?? []) {
      if (share.revokedAt === null) await teacher.video.revokeShare({ shareId: share.id });
    }
    expect(await standingOf(reviewerEmail)).toBe("clip");

    // Decided: the review is over, and so is the reviewer's access.
    await setStatus("earned");
    expect(await standingOf(reviewerEmail)).toBe("none");
    await setStatus("submitted");

    // The teacher deletes the video: the evidence stays, says so and plays nothing.
    await rawRows(api.db, sql`delete from video where id = ${videoId}`);
    const [gone] = await reviewer.video.submissionClips({ submissionId: sample.submissionId });
    expect(gone).toMatchObject({ title: "Turn and talk", play: null });
    expect(gone?.note).toMatch(/deleted this video/);
    expect(await standingOf(reviewerEmail)).toBe("none");
  });
});

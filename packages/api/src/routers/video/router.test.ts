import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { readyVideoOf } from "../../testing/video-fixture.ts";

/*
 * Every access rule of a classroom video, called through the router as the apps call it: the
 * teacher's alone until shared; shared by name or with a team; never to an evaluator through a
 * team; revocable; only the teacher shares, clips and marks self-reflections.
 */

const api = testApiPerFile();
let videoId = "";

async function personId(email: string): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from person where email = ${email}`,
  );
  if (!row) throw new Error(`No person ${email}`);
  return row.id;
}

async function stepOf(email: string): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`select s.id::text as id from action_step s
        join action_plan p on p.district_id = s.district_id and p.id = s.plan_id
        join person t on t.district_id = p.district_id and t.id = p.person_id
        where t.email = ${email} order by s.position limit 1`,
  );
  if (!row) throw new Error(`No step of ${email}`);
  return row.id;
}

/** A team the person is on, and another member of it who is not an evaluator. */
async function teamAndMateOf(email: string) {
  const [row] = await rawRows<{ team_id: string; mate: string }>(
    api.db,
    sql`select tm.team_id::text as team_id, mp.email as mate from team_member tm
        join person me on me.district_id = tm.district_id and me.id = tm.person_id
        join team_member other on other.district_id = tm.district_id and other.team_id = tm.team_id
        join person mp on mp.district_id = other.district_id and mp.id = other.person_id
        where me.email = ${email} and mp.id <> me.id and mp.active and mp.user_id is not null
          and not exists (select 1 from role_membership r where r.district_id = mp.district_id
            and r.person_id = mp.id and r.role in ('principal', 'district_admin'))
        order by mp.email limit 1`,
  );
  if (!row) throw new Error(`No teammate of ${email}`);
  return { teamId: row.team_id, mateEmail: row.mate };
}

beforeAll(async () => {
  ({ videoId } = await readyVideoOf(api.db, demoEmail.teacher));
});

describe("a video before it is shared", () => {
  it("is the teacher's alone: in her list, hidden from her coach, principal and other districts", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const { videos } = await teacher.video.mine();
    expect(videos.map((video) => video.id)).toContain(videoId);
    expect((await teacher.video.get({ videoId })).standing).toBe("owner");
    for (const email of [
      demoEmail.coach,
      demoEmail.principal,
      demoEmail.admin,
      demoEmail.cedarRidgeCoach,
    ]) {
      const other = await api.callerFor(email);
      expect(await codeOf(other.video.get({ videoId }))).toBe("NOT_FOUND");
      expect(await codeOf(other.video.comment({ videoId, atSeconds: 1, body: "Hi" }))).toBe(
        "NOT_FOUND",
      );
      expect((await other.video.sharedWithMe()).map((video) => video.id)).not.toContain(videoId);
    }
  });

  it("takes the teacher's own self-reflection marks", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    await teacher.video.comment({
      videoId,
      atSeconds: 8,
      body: "I rushed here",
      selfReflection: true,
    });
    const { comments } = await teacher.video.get({ videoId });
    expect(comments.map((comment) => [comment.body, comment.selfReflection])).toContainEqual([
      "I rushed here",
      true,
    ]);
  });
});

describe("sharing", () => {
  it("needs the consent rule confirmed and someone of the district", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const coachId = await personId(demoEmail.coach);
    const refused = await refusalOf(
      teacher.video.share({ videoId, personId: coachId, consentConfirmed: false as true }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors?.map((error) => error.path)).toContain("consentConfirmed");
    const self = await refusalOf(
      teacher.video.share({
        videoId,
        personId: await personId(demoEmail.teacher),
        consentConfirmed: true,
      }),
    );
    expect(self.fieldErrors?.map((error) => error.path)).toContain("personId");
  });

  it("lets the coach it is shared with watch and comment with indicators, and nothing of the teacher's", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const coach = await api.callerFor(demoEmail.coach);
    await teacher.video.share({
      videoId,
      personId: await personId(demoEmail.coach),
      consentConfirmed: true,
    });
    expect((await coach.video.sharedWithMe()).map((video) => video.id)).toContain(videoId);
    const seen = await coach.video.get({ videoId });
    expect(seen.standing).toBe("shared");
    expect(seen.shares).toBeNull();
    const [indicator] = seen.indicators;
    const [level] = seen.levels;
    if (!indicator || !level) throw new Error("The demo framework has indicators and levels.");
    const { commentId } = await coach.video.comment({
      videoId,
      atSeconds: 12,
      body: "Strong essential question",
      indicatorId: indicator.id,
      levelRank: level.rank,
    });
    const { comments } = await teacher.video.get({ videoId });
    const tagged = comments.find((comment) => comment.id === commentId);
    expect(tagged?.indicator?.id).toBe(indicator.id);
    expect(tagged?.level?.rank).toBe(level.rank);
    expect((await teacher.video.get({ videoId })).video.consentConfirmedAt).toBeInstanceOf(Date);

    expect(
      await codeOf(coach.video.clip({ videoId, title: "x", startSeconds: 0, endSeconds: 5 })),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        coach.video.comment({ videoId, atSeconds: 1, body: "Mine", selfReflection: true }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        coach.video.share({
          videoId,
          personId: await personId(demoEmail.principal),
          consentConfirmed: true,
        }),
      ),
    ).toBe("FORBIDDEN");
    // Still hidden from the principal: sharing with the coach shares with nobody else.
    expect(await codeOf((await api.callerFor(demoEmail.principal)).video.get({ videoId }))).toBe(
      "NOT_FOUND",
    );
  });

  it("threads the teacher's reply at the moment of the comment it answers", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const coach = await api.callerFor(demoEmail.coach);
    const { commentId } = await coach.video.comment({
      videoId,
      atSeconds: 30,
      body: "Try a pause",
    });
    await teacher.video.comment({ videoId, atSeconds: 2, body: "Will do", parentId: commentId });
    const { comments } = await coach.video.get({ videoId });
    const reply = comments.find((comment) => comment.parentId === commentId);
    expect(reply?.atSeconds).toBe(30);
    expect(reply?.body).toBe("Will do");
    // Only its author or the teacher removes a comment.
    if (!reply) throw new Error("The reply is saved.");
    expect(await codeOf(coach.video.removeComment({ commentId: reply.id }))).toBe("FORBIDDEN");
    expect(await codeOf(teacher.video.removeComment({ commentId }))).toBe("OK");
  });

  it("shows a principal the video when shared with them by name, never through a team", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const principal = await api.callerFor(demoEmail.principal);
    const { teamId, mateEmail } = await teamAndMateOf(demoEmail.teacher);
    const principalId = await personId(demoEmail.principal);
    // The principal joins the teacher's team: a team share still does not reach them.
    await rawRows(
      api.db,
      sql`insert into team_member (district_id, team_id, person_id)
          select district_id, ${teamId}::uuid, id from person where id = ${principalId}::uuid
          on conflict do nothing`,
    );
    await teacher.video.share({ videoId, teamId, consentConfirmed: true });
    expect((await (await api.callerFor(mateEmail)).video.get({ videoId })).standing).toBe("shared");
    expect(await codeOf(principal.video.get({ videoId }))).toBe("NOT_FOUND");
    expect((await principal.video.sharedWithMe()).map((video) => video.id)).not.toContain(videoId);

    const { shareId } = await teacher.video.share({
      videoId,
      personId: principalId,
      consentConfirmed: true,
    });
    expect((await principal.video.get({ videoId })).standing).toBe("shared");
    await teacher.video.revokeShare({ shareId });
    expect(await codeOf(principal.video.get({ videoId }))).toBe("NOT_FOUND");
  });

  it("ends when the teacher revokes it, and only the teacher revokes", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const coach = await api.callerFor(demoEmail.coach);
    const { shares } = await teacher.video.get({ videoId });
    const coachShare = shares?.find(
      (share) => share.personId !== null && share.revokedAt === null && share.name !== "",
    );
    if (!coachShare) throw new Error("The coach's share is open.");
    expect(await codeOf(coach.video.revokeShare({ shareId: coachShare.id }))).not.toBe("OK");
    await teacher.video.revokeShare({ shareId: coachShare.id });
    expect(await codeOf(coach.video.get({ videoId }))).toBe("NOT_FOUND");
  });
});

describe("clips", () => {
  it("become evidence for the teacher's own step, not someone else's", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const { clipId } = await teacher.video.clip({
      videoId,
      title: "Turn and talk",
      startSeconds: 12,
      endSeconds: 20,
    });
    const refused = await refusalOf(
      teacher.video.clipAsEvidence({ clipId, stepId: await stepOf(demoEmail.leader) }),
    );
    expect(refused.fieldErrors?.map((error) => error.path)).toContain("stepId");
    const stepId = await stepOf(demoEmail.teacher);
    await teacher.video.clipAsEvidence({ clipId, stepId });
    const { clips } = await teacher.video.get({ videoId });
    expect(clips.find((clip) => clip.id === clipId)?.step?.id).toBe(stepId);
    const ends = await refusalOf(
      teacher.video.clip({ videoId, title: "Too long", startSeconds: 10, endSeconds: 90 }),
    );
    expect(ends.fieldErrors?.map((error) => error.path)).toContain("endSeconds");
  });
});

describe("district settings", () => {
  it("are the district admin's, and a new upload's retention follows them", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    expect(await codeOf((await api.callerFor(demoEmail.principal)).video.settings())).toBe(
      "FORBIDDEN",
    );
    await admin.video.saveSettings({ maxMegabytes: 500, retentionDays: 30, consentRule: null });
    expect(await admin.video.settings()).toMatchObject({ maxMegabytes: 500, retentionDays: 30 });
    const { videoId: later } = await readyVideoOf(api.db, demoEmail.teacher, "Later");
    const { video } = await (await api.callerFor(demoEmail.teacher)).video.get({ videoId: later });
    const days = ((video.deleteAfter?.getTime() ?? 0) - video.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
  });
});

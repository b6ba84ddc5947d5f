import { membershipFor } from "@throughline/db/testing";
import { formatEvidenceDay } from "@throughline/domain/rules/recommendations";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { readyVideoOf } from "../../testing/video-fixture.ts";

/*
 * Indicator tags on a teacher's classroom video count as coaching evidence for her individual
 * path: a level her coach tags at a moment changes what is recommended and why, in her view and
 * (while the video is shared with the coach) in her coach's; an evaluator's tag never counts.
 */

const api = testApiPerFile();
const VOCABULARY = "Previewing Key Vocabulary";

describe("indicator tags on video as recommendation evidence", () => {
  it("a coach's tag changes the teacher's recommendation; a principal's does not", async () => {
    const teacher = await api.callerFor(demoEmail.teacher);
    const coach = await api.callerFor(demoEmail.coach);
    const principal = await api.callerFor(demoEmail.principal);
    const before = (await teacher.recommendations.mine()).find((item) => item.title === VOCABULARY);
    if (!before?.indicator) throw new Error("Maria should be recommended the vocabulary session.");
    // Seeded: developing two weeks ago against a target of proficient.
    expect(before.gap).toBe(1);

    const { videoId } = await readyVideoOf(api.db, demoEmail.teacher, "Vocabulary routine");
    const { personId: mariaId } = await membershipFor(api.db, demoEmail.teacher);
    const principalId = (await membershipFor(api.db, demoEmail.principal)).personId;
    await teacher.video.share({
      videoId,
      personId: principalId,
      teamId: null,
      consentConfirmed: true,
    });
    const [lowest] = (await teacher.video.get({ videoId })).levels.toSorted(
      (a, b) => a.rank - b.rank,
    );
    if (!lowest) throw new Error("The district has no observation scale.");
    // The principal tags the lowest level: an evaluator's tag is not coaching evidence.
    await principal.video.comment({
      videoId,
      atSeconds: 10,
      body: "Words not previewed",
      indicatorId: before.indicator.id,
      levelRank: lowest.rank,
    });
    const unchanged = (await teacher.recommendations.mine()).find(
      (item) => item.title === VOCABULARY,
    );
    expect(unchanged?.gap).toBe(1);

    const coachId = (await membershipFor(api.db, demoEmail.coach)).personId;
    await teacher.video.share({ videoId, personId: coachId, teamId: null, consentConfirmed: true });
    await coach.video.comment({
      videoId,
      atSeconds: 20,
      body: "New words went by without a preview",
      indicatorId: before.indicator.id,
      levelRank: lowest.rank,
    });
    const today = formatEvidenceDay(new Date().toISOString().slice(0, 10));
    const after = (await teacher.recommendations.mine()).find((item) => item.title === VOCABULARY);
    // The lowest level today is a larger gap than developing two weeks ago.
    expect(after?.gap).toBeGreaterThan(before.gap);
    expect(after?.reason).toContain(`was ${lowest.label.toLocaleLowerCase("en")} on ${today}`);

    // Her coach reads the same while the video is shared with the coach, not after it is not,
    // nor while it is shared only with someone else.
    const forCoach = async () =>
      (await coach.recommendations.forTeacher({ teacherId: mariaId })).find(
        (item) => item.title === VOCABULARY,
      );
    expect((await forCoach())?.reason).toContain(today);
    const { shares } = await teacher.video.get({ videoId });
    for (const share of shares ?? []) await teacher.video.revokeShare({ shareId: share.id });
    expect((await forCoach())?.reason).not.toContain(today);
    await teacher.video.share({
      videoId,
      personId: principalId,
      teamId: null,
      consentConfirmed: true,
    });
    expect((await forCoach())?.reason).not.toContain(today);
    // Her own view still counts her video.
    expect(
      (await teacher.recommendations.mine()).find((item) => item.title === VOCABULARY)?.reason,
    ).toContain(today);
  });
});

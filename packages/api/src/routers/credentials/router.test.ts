import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * Earning a micro-credential through the real router: Maria (teacher@) works on the seeded
 * Stage 1 credential, whose requirements are a lesson plan (1 annotated file), three annotated
 * samples of student work, a reflection of 150 words and an optional lesson video link.
 */

const api = testApiPerFile();
let credentialId: string;
let myFileIds: string[];
let othersFileId: string;

const reflection = Array.from({ length: 160 }, (_, index) => `word${index}`).join(" ");

/** A file row on an action step of `owner` (or of anyone else when `owner` is negated). */
async function planFile(where: ReturnType<typeof sql>, name: string): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`insert into evidence_file (district_id, step_id, file_name, content_type, size_bytes, storage_key, uploaded_by)
        select s.district_id, s.id, ${name}, 'application/pdf', 1234, ${`test/${name}`}, p.person_id
        from action_step s join action_plan p on p.district_id = s.district_id and p.id = s.plan_id
        join person pe on pe.district_id = p.district_id and pe.id = p.person_id
        where ${where} order by s.created_at limit 1
        returning id::text as id`,
  );
  return row?.id ?? "";
}

beforeAll(async () => {
  const maria = await api.callerFor(demoEmail.teacher);
  const list = await maria.credentials.list();
  credentialId = list.find((entry) => entry.stage?.position === 1)?.credentialId ?? "";
  myFileIds = [];
  for (const name of ["plan.pdf", "high.pdf", "middle.pdf", "low.pdf"]) {
    myFileIds.push(await planFile(sql`pe.email = ${demoEmail.teacher}`, name));
  }
  othersFileId = await planFile(sql`pe.email <> ${demoEmail.teacher}`, "not-mine.pdf");
});

describe("browsing", () => {
  it("lists the three seeded credentials with their requirements, not started", async () => {
    const list = await (await api.callerFor(demoEmail.teacher)).credentials.list();
    expect(list.map((entry) => entry.stage?.position)).toEqual([1, 2, 3]);
    expect(list[0]?.requirements.map((entry) => entry.key)).toContain("student_work");
    expect(list.every((entry) => entry.standing.label === "Not started")).toBe(true);
  });

  it("is for teachers", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    expect(await codeOf(principal.credentials.list())).toBe("FORBIDDEN");
  });
});

describe("a submission, start to submit", () => {
  let submissionId: string;

  it("starts attempt 1, and refuses a second start while it is open", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const started = await maria.credentials.start({ credentialId });
    submissionId = started.submissionId;
    expect(started.attempt).toBe(1);
    expect(await codeOf(maria.credentials.start({ credentialId }))).toBe("BAD_REQUEST");
  });

  it("attaches my plan files, but another teacher's is FORBIDDEN", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const [lessonPlan, ...samples] = myFileIds;
    await maria.credentials.addEvidence({
      submissionId,
      requirementKey: "lesson_plan",
      source: "plan_file",
      evidenceFileId: lessonPlan ?? "",
      annotation: "The essential question is at the top; the summarizer closes the lesson.",
    });
    for (const fileId of samples) {
      await maria.credentials.addEvidence({
        submissionId,
        requirementKey: "student_work",
        source: "plan_file",
        evidenceFileId: fileId,
      });
    }
    const stolen = maria.credentials.addEvidence({
      submissionId,
      requirementKey: "student_work",
      source: "plan_file",
      evidenceFileId: othersFileId,
    });
    expect(await codeOf(stolen)).toBe("FORBIDDEN");
  });

  it("refuses to submit while requirements are missing, and lists them", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const page = await maria.credentials.submission({ credentialId });
    expect(page.latest?.missing.map((entry) => entry.requirementKey)).toEqual([
      "student_work",
      "reflection",
    ]);
    const refusal = await maria.credentials.submit({ submissionId }).catch((error) => error);
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.message).toContain("annotate every file");
    expect(refusal.message).toContain("write at least 150 words");
  });

  it("takes link and text items, annotations and reordering, then submits", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const badLink = maria.credentials.addEvidence({
      submissionId,
      requirementKey: "lesson_video",
      source: "link",
      url: "javascript:alert(1)",
    });
    expect(await codeOf(badLink)).toBe("BAD_REQUEST");
    await maria.credentials.addEvidence({
      submissionId,
      requirementKey: "lesson_video",
      source: "link",
      url: "https://video.example.org/lesson-12",
    });
    await maria.credentials.addEvidence({
      submissionId,
      requirementKey: "reflection",
      source: "text",
      text: reflection,
    });
    let page = await maria.credentials.submission({ credentialId });
    const samples = (page.latest?.evidence ?? []).filter(
      (item) => item.requirementKey === "student_work",
    );
    for (const sample of samples) {
      await maria.credentials.updateEvidence({
        itemId: sample.id,
        annotation: `This sample (${sample.fileName}) shows partial understanding.`,
      });
    }
    await maria.credentials.moveEvidence({ itemId: samples[2]?.id ?? "", direction: "up" });
    page = await maria.credentials.submission({ credentialId });
    expect(
      page.latest?.evidence
        .filter((item) => item.requirementKey === "student_work")
        .map((item) => item.fileName),
    ).toEqual(["high.pdf", "low.pdf", "middle.pdf"]);
    expect(page.latest?.missing).toEqual([]);

    await maria.credentials.submit({ submissionId });
    page = await maria.credentials.submission({ credentialId });
    expect(page.latest?.status).toBe("submitted");
    expect(page.standing.label).toBe("Submitted, waiting since today");
  });

  it("freezes the evidence once submitted", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const page = await maria.credentials.submission({ credentialId });
    const item = page.latest?.evidence[0];
    expect(
      await codeOf(maria.credentials.updateEvidence({ itemId: item?.id ?? "", annotation: "x" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(maria.credentials.removeEvidence({ itemId: item?.id ?? "" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(maria.credentials.submit({ submissionId }))).toBe("FORBIDDEN");
  });

  it("hides my submission from another teacher", async () => {
    const kevin = await api.callerFor(demoEmail.leader);
    expect(await codeOf(kevin.credentials.submit({ submissionId }))).toBe("NOT_FOUND");
  });

  it("after a not yet, shows the feedback unnamed and resubmits on the same version", async () => {
    const [reviewer] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from person where email = 'leah.whitfield@maplevalley.test'`,
    );
    await rawRows(
      api.db,
      sql`insert into credential_review (district_id, submission_id, reviewer_id, scores, feedback, summary, outcome, submitted_at)
          select district_id, id, ${reviewer?.id}, '{"standards_alignment":"developing"}'::jsonb,
            '{"standards_alignment":"Name the standard in the plan."}'::jsonb,
            'Close: tie the lesson to its standard.', 'not_yet', now()
          from credential_submission where id = ${submissionId}`,
    );
    await rawRows(
      api.db,
      sql`update credential_submission set status = 'not_yet', decided_at = now() where id = ${submissionId}`,
    );
    // A newer version of the definition appears meanwhile; the resubmission must ignore it.
    await rawRows(
      api.db,
      sql`insert into credential_version (district_id, credential_id, version, name, competency, key_method,
            criteria_narrative, stage_id, requirements, rubric, passing_rule, pd_minutes, validity_months)
          select district_id, credential_id, version + 1, name || ' (revised)', competency, key_method,
            criteria_narrative, stage_id, '[]'::jsonb, rubric, passing_rule, pd_minutes, validity_months
          from credential_version where id = (select version_id from credential_submission where id = ${submissionId})`,
    );
    const maria = await api.callerFor(demoEmail.teacher);
    const decided = await maria.credentials.submission({ credentialId });
    expect(decided.standing.label).toBe("Not yet (attempt 1)");
    expect(decided.canStart).toBe(true);
    expect(decided.latest?.feedback).toEqual([
      expect.objectContaining({
        reviewerLabel: "Certified reviewer",
        outcome: "not_yet",
        summary: "Close: tie the lesson to its standard.",
      }),
    ]);
    expect(JSON.stringify(decided.latest?.feedback)).not.toContain("Whitfield");

    const second = await maria.credentials.start({ credentialId });
    expect(second.attempt).toBe(2);
    const page = await maria.credentials.submission({ credentialId });
    expect(page.attempts.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [2, "draft"],
      [1, "not_yet"],
    ]);
    expect(page.latest?.definition.versionId).toBe(decided.latest?.definition.versionId);
    expect(page.latest?.definition.name).not.toContain("revised");
    expect(page.latest?.evidence.length).toBe(decided.latest?.evidence.length);
    expect(page.latest?.missing).toEqual([]);
    // The feedback attempt 2 answers stays on the page while it is drafted.
    expect(page.previous?.attempt).toBe(1);
    expect(page.previous?.feedback[0]?.feedback).toEqual({
      standards_alignment: "Name the standard in the plan.",
    });
    expect(decided.previous).toBeNull();
  });
});

describe("my badges and PD hours", () => {
  it("lists an awarded badge with its links and credits its minutes to the transcript", async () => {
    const [submission] = await rawRows<{ id: string; version_id: string }>(
      api.db,
      sql`select s.id::text as id, s.version_id::text as version_id from credential_submission s
          join person p on p.district_id = s.district_id and p.id = s.person_id
          where p.email = ${demoEmail.teacher} and s.attempt = 2`,
    );
    await rawRows(
      api.db,
      sql`update credential_submission set status = 'earned', submitted_at = now(), decided_at = now() where id = ${submission?.id}`,
    );
    const [badge] = await rawRows<{ id: string; pd_minutes: number }>(
      api.db,
      sql`insert into awarded_badge (district_id, submission_id, person_id, credential_id, version_id,
            awarded_at, valid_from, pd_minutes, status_index)
          select s.district_id, s.id, s.person_id, s.credential_id, s.version_id, now(), now(), v.pd_minutes, 4242
          from credential_submission s join credential_version v on v.district_id = s.district_id and v.id = s.version_id
          where s.id = ${submission?.id}
          returning id::text as id, pd_minutes`,
    );
    const maria = await api.callerFor(demoEmail.teacher);
    const { badges } = await maria.credentials.myBadges();
    expect(badges).toHaveLength(1);
    const [mine] = badges;
    expect(mine?.status).toBe("active");
    expect(mine?.shareUrl).toBe(`http://localhost:3000/credentials/${badge?.id}`);
    expect(mine?.jsonUrl).toBe(`http://localhost:3000/credentials/${badge?.id}.json`);
    expect(mine?.imageUrl).toBe(
      `/districts/maple-valley/achievements/${submission?.version_id}/image`,
    );
    const linkedIn = new URL(mine?.linkedInUrl ?? "");
    expect(linkedIn.searchParams.get("certId")).toBe(badge?.id);
    expect(linkedIn.searchParams.get("name")).toBe("Learning-Focused Lesson Design");

    const transcript = await maria.transcript.mine();
    const line = transcript.activities.find((activity) => activity.kind === "micro_credential");
    expect(line?.title).toBe("Micro-credential: Learning-Focused Lesson Design");
    expect(line?.minutes).toBe(badge?.pd_minutes);
    expect(transcript.totals.byKind.micro_credential.minutes).toBe(badge?.pd_minutes);

    // A revoked badge still lists (with its reason) but no longer counts.
    await rawRows(
      api.db,
      sql`update awarded_badge set revoked_at = now(), revoked_reason = 'Issued in error' where id = ${badge?.id}`,
    );
    const revoked = (await maria.credentials.myBadges()).badges[0];
    expect(revoked?.status).toBe("revoked");
    expect(revoked?.revokedReason).toBe("Issued in error");
    const after = await maria.transcript.mine();
    expect(after.totals.byKind.micro_credential.minutes).toBe(0);
  });
});

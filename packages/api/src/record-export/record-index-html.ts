import { formatLocalDay, localDay } from "@throughline/domain/local-time";
import { countAttended } from "@throughline/domain/rules/meeting-attended";
import { hoursOfLines } from "@throughline/domain/transcript";
import type { TeacherRecord } from "./teacher-record.ts";

/* The record's readable front page: whose record it is, when it was made, what each file holds. */

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function recordIndexHtml(
  record: TeacherRecord,
  counts: { generatedAt: Date; evidenceCount: number; badgeCount: number },
): string {
  const reflections = record.stages
    .flatMap((stage) => stage.sessions)
    .filter((session) => session.reflection).length;
  const rows: [string, string][] = [
    ["profile.json", "Your name, email, district, roles, schools and teams."],
    [
      "micropd.json",
      `Your stages and MicroPD sessions, with completion dates, credited minutes and ${plural(reflections, "reflection")}.`,
    ],
    [
      "action-plans.json",
      `${plural(record.plans.length, "action plan")}: goals, indicators, steps, evidence and the comments on them (authors by name).`,
    ],
    [
      "evidence/",
      `${plural(counts.evidenceCount, "evidence file")} from your action plans, one folder per plan.`,
    ],
    [
      "observations.json",
      `${plural(record.observations.length, "observation")} published to you, with ratings, notes and your reflections.`,
    ],
    [
      "meetings.json",
      `${plural(record.meetings.length, "support meeting")} your attendance was taken at, ${countAttended(record.meetings)} of them attended (held, and you were marked present): date, team, agenda and the team's shared notes.`,
    ],
    ["commitments.json", "What you committed to at meetings, and how each check-in went."],
    [
      "pd-hours.json",
      `Your PD hours transcript: every activity and the totals per school year (${hoursOfLines(record.pdActivities).hours.toFixed(1)} hours in all), and your approved external PD apart.`,
    ],
    [
      "external-pd.json",
      `${plural(record.externalPd.length, "request")} for credit for PD you took elsewhere, with its status; the certificates are in external-pd/.`,
    ],
    [
      "micro-credentials.json",
      `${plural(record.submissions.length, "micro-credential submission")} with every attempt, the evidence described and the feedback you received.`,
    ],
    [
      "badges/",
      `${plural(counts.badgeCount, "badge")}, each as its signed Open Badges 3.0 credential (JSON), exactly as issued.`,
    ],
  ];
  const name = escapeHtml(record.profile.name);
  const generated = formatLocalDay(localDay(counts.generatedAt, record.profile.timeZone));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Throughline record of ${name}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2933; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #d8dee4; }
code { font-size: 0.95em; }
</style>
</head>
<body>
<main>
<h1>Throughline record of ${name}</h1>
<p>${escapeHtml(record.profile.district)} · prepared on <time datetime="${counts.generatedAt.toISOString()}">${generated}</time></p>
<p>Everything Throughline holds about you, as JSON files you can open in any text editor or import elsewhere. Other people appear only by name, where they commented or wrote to you.</p>
<table>
<thead><tr><th scope="col">File</th><th scope="col">What it holds</th></tr></thead>
<tbody>
${rows.map(([file, what]) => `<tr><td><code>${escapeHtml(file)}</code></td><td>${escapeHtml(what)}</td></tr>`).join("\n")}
</tbody>
</table>
</main>
</body>
</html>
`;
}

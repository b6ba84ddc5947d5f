import { inlineStyle } from "./security/inline-assets.ts";
/** The small page at `/` that points each person to their app. */
export const landingPageHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Throughline</title>
${inlineStyle(`
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1b2430; }
  main { max-width: 44rem; margin: 4rem auto; padding: 0 1.5rem; }
  h1 { font-size: 2rem; margin-bottom: .25rem; }
  p.lead { color: #3d4a5c; margin-top: 0; }
  ul { list-style: none; padding: 0; display: grid; gap: 1rem; }
  a { display: block; padding: 1.25rem 1.5rem; background: #fff; border: 1px solid #d5dbe3;
      border-radius: .75rem; color: #14487a; text-decoration: none; }
  a:hover, a:focus-visible { border-color: #14487a; outline: 3px solid #9cc3ea; outline-offset: 2px; }
  strong { display: block; font-size: 1.15rem; }
  span { color: #3d4a5c; }
`)}
</head>
<body>
<main>
  <h1>Throughline</h1>
  <p class="lead">Sustained, staged professional learning for teachers, coaches and principals.</p>
  <ul>
    <li><a href="/teacher/"><strong>My learning</strong><span>For teachers: your path through the stages and your next MicroPD session.</span></a></li>
    <li><a href="/coach/"><strong>Coaching</strong><span>For coaches and teacher leaders: your caseload and support meetings.</span></a></li>
    <li><a href="/admin/"><strong>Administration</strong><span>For principals and district staff: schools, cohorts and implementation.</span></a></li>
  </ul>
</main>
</body>
</html>`;

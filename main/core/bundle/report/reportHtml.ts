import { nameCollator } from '../../../../shared/i18n/collate';
import { translate } from '../../../../shared/i18n/translate';
import { printCurveLook } from '../../../../shared/journey/curveLook';
import { mapSection } from './mapSection';
import type { ReportData } from './reportData';
import { esc, safeColour } from './reportText';

/** Inert by its own policy: no script, nothing fetched; it is read offline, in any browser. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light dark; --bg: #f5f3ee; --surface: #fff; --text: #1a1c28; --muted: #545a6d; --border: #d9d5cb; --primary: #3a3fc4; }
@media (prefers-color-scheme: dark) { :root { --bg: #14151c; --surface: #1e2029; --text: #ecebf2; --muted: #a9adbd; --border: #363a48; --primary: #a9acff; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 18px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
header, main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem; }
header { padding-top: 2.5rem; }
h1 { font-size: 2.1rem; margin: 0 0 .25rem; } h2 { font-size: 1.55rem; margin: 2.5rem 0 1rem; } h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
p { margin: .25rem 0 .75rem; } .muted, .meta { color: var(--muted); } .meta { font-size: .9rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; } a { color: var(--primary); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.card { display: flex; align-items: center; gap: .75rem; padding: 1rem; border: 1px solid var(--border); border-radius: 10px; background: var(--surface); }
.avatar { display: grid; place-items: center; flex: none; width: 2.75rem; height: 2.75rem; border-radius: 50%; color: #fff; font-weight: 700; }
.map-scroll { overflow-x: auto; } .grid { border-collapse: collapse; table-layout: fixed; background: var(--surface); }
.grid th, .grid td { border: 1px solid var(--border); padding: .5rem; vertical-align: top; text-align: left; }
.lane-col { width: 160px; } .stage { font-size: .95rem; } .lane { font-size: .9rem; color: var(--muted); font-weight: 600; }
.sticky { margin: 0 0 .4rem; padding: .4rem .5rem; border-radius: 6px; color: #1a1c28; font-size: .85rem; overflow-wrap: anywhere; box-shadow: 0 1px 2px rgb(0 0 0 / .12); }
.emotions td { padding: 0; } .curves { display: block; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .25rem .5rem .5rem; padding: 0; list-style: none; font-size: .85rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.interview { margin: 1.5rem 0; padding: 1rem 1.5rem; border: 1px solid var(--border); border-radius: 10px; background: var(--surface); }
.notes p { white-space: pre-wrap; }
blockquote { margin: .5rem 0; padding: .25rem 1rem; border-left: 4px solid var(--primary); }
.chip { display: inline-block; margin: 0 .25rem .25rem 0; padding: 0 .5rem; border-radius: 999px; font-size: .8rem; color: #1a1c28; }
@media print { body { background: #fff; font-size: 11pt; } header, main { max-width: none; padding: 0; } .map, .interview, .sticky, blockquote { break-inside: avoid; } nav { display: none; } .map-scroll { overflow: visible; } }
`;

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');

/**
 * The bundle's report: one HTML file holding the whole project as text and pictures, its styles
 * inline, no script and nothing to fetch, in the project's language. Every word from the project
 * is escaped, every colour checked, so a hostile project cannot make the page do anything.
 */
export function reportHtml(data: ReportData): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(data.lang, key, params);
  const collator = nameCollator(data.lang);
  const tags = [...data.tags].sort((a, b) => collator.compare(a.name, b.name));
  const tagById = new Map(tags.map((tag) => [tag.id, tag]));
  const chip = (id: string) => {
    const tag = tagById.get(id);
    return tag ? `<span class="chip" style="background:${safeColour(tag.colour, '#999999')}">${esc(tag.name)}</span>` : '';
  };
  const date = (iso: string) => new Intl.DateTimeFormat(data.lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  const personas = data.personas.length
    ? `<ul class="cards">${data.personas
        .map((p, i) => `<li class="card"><span class="avatar" style="background:${printCurveLook(i).colour}">${esc(initials(p.name))}</span>${esc(p.name)}</li>`)
        .join('')}</ul>`
    : `<p class="muted">${esc(t('report.none'))}</p>`;

  const maps = data.maps.length ? data.maps.map((m) => mapSection(m, { goal: t('report.goal'), noStages: t('report.noStages') })).join('') : `<p class="muted">${esc(t('report.none'))}</p>`;

  const interviews = data.interviews.length
    ? data.interviews
        .map((iv) => {
          const facts = [iv.participant, iv.startedAt ? iv.startedAt.replace('T', ' ') : '', iv.place, iv.personas.join(', ')].filter(Boolean).map(esc).join(' · ');
          const notes = iv.notes.trim() ? iv.notes.split(/\n+/).map((line) => `<p>${esc(line)}</p>`).join('') : `<p class="muted">${esc(t('report.noNotes'))}</p>`;
          const highlights = iv.highlights.length
            ? `<h4>${esc(t('report.highlights'))}</h4>${iv.highlights.map((h) => `<blockquote>${esc(h.quote)}<div>${h.tagIds.map(chip).join('')}</div></blockquote>`).join('')}`
            : '';
          return `<article class="interview"><h3>${esc(iv.title)}</h3>${facts ? `<p class="meta">${facts}</p>` : ''}<div class="notes">${notes}</div>${highlights}</article>`;
        })
        .join('')
    : `<p class="muted">${esc(t('report.none'))}</p>`;

  const evidence = tags.length
    ? tags
        .map((tag) => {
          const quotes = data.interviews.flatMap((iv) => iv.highlights.filter((h) => h.tagIds.includes(tag.id)).map((h) => ({ quote: h.quote, from: iv.title })));
          const list = quotes.length ? quotes.map((q) => `<blockquote>${esc(q.quote)}<div class="meta">${esc(q.from)}</div></blockquote>`).join('') : `<p class="muted">${esc(t('report.none'))}</p>`;
          return `<section><h3>${chip(tag.id)} ${esc(t('report.quoteCount', { count: quotes.length }))}</h3>${list}</section>`;
        })
        .join('')
    : `<p class="muted">${esc(t('report.none'))}</p>`;

  const sections: [string, string, string][] = [
    ['personas', t('report.personas'), personas],
    ['maps', t('report.maps'), maps],
    ['interviews', t('report.interviews'), interviews],
    ['evidence', t('report.evidence'), evidence],
  ];
  return `<!doctype html>
<html lang="${data.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.name)} · Journey Studio</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="meta">Journey Studio · ${esc(t('report.kicker'))}</p>
<h1>${esc(data.name)}</h1>
<p class="meta">${esc(t('report.exportedAt', { date: date(data.exportedAt) }))}</p>
<nav><ul>${sections.map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${sections.map(([id, title, body]) => `<section id="${id}"><h2>${esc(title)}</h2>${body}</section>`).join('\n')}
</main>
</body>
</html>
`;
}

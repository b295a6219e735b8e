// Refresh the official figures: OEWS national and state pay, Employment Projections, BEA price parities, and the
// states' long-term projections (Projections Central).
//
//   npm run data:refresh                                   download what is newer (or revised), print every change, write
//   npm run data:refresh -- --dry-run                      print, write nothing
//   npm run data:refresh -- --only state,projections       some of: national, state, projections, parities,
//                                                          state-projections
//   npm run data:refresh -- --file oesm25st.zip --kind state [--period "May 2025"] [--source <id>]
//                                                          a file saved by hand (.zip, .xlsx or .csv; .json for
//                                                          state-projections)
//
// Downloads send the User-Agent BLS asks for (DATA_REFRESH_USER_AGENT, or one naming the site and CONTACT_EMAIL).
// Base URLs: DATA_REFRESH_BLS_BASE (https://www.bls.gov), DATA_REFRESH_BEA_BASE (https://apps.bea.gov) and
// DATA_REFRESH_PC_BASE (https://public.projectionscentral.org), so tests can point the real client at a local server. Every file is parsed and checked with the build's schemas before anything
// is written; a file is written only when a figure in it changed. Without network it says so and changes nothing
// (exit 2); bad data changes nothing either (exit 1).
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { writeAtomic } from './lib/job-files.ts';
import { download, Unreachable } from '#src/lib/pay/download.ts';
import { isoDate } from '#src/lib/text/format.ts';
import {
  mayOf,
  oewsZipUrl,
  planOews,
  planParities,
  planProjections,
  planStateProjections,
  projectionsCentralUrl,
  type Outcome,
  type RefreshContext,
} from '#src/lib/pay/refresh.ts';

const KINDS = ['national', 'state', 'projections', 'parities', 'state-projections'] as const;
type Kind = (typeof KINDS)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    file: { type: 'string' },
    kind: { type: 'string' },
    period: { type: 'string' },
    source: { type: 'string' },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const content = args.content!;
const BLS = (process.env.DATA_REFRESH_BLS_BASE ?? 'https://www.bls.gov').replace(/\/$/, '');
const BEA = (process.env.DATA_REFRESH_BEA_BASE ?? 'https://apps.bea.gov').replace(/\/$/, '');
const PC = (process.env.DATA_REFRESH_PC_BASE ?? 'https://public.projectionscentral.org').replace(
  /\/$/,
  '',
);
const USER_AGENT =
  process.env.DATA_REFRESH_USER_AGENT ??
  `clinical-case-manager-guide data refresh (${process.env.CONTACT_EMAIL ?? 'contact address not set: set CONTACT_EMAIL'})`;

function stop(message: string, code = 1): never {
  console.error(`data:refresh: ${message}`);
  process.exit(code);
}

// The content the refresh compares against.
const existing = new Map<string, Record<string, unknown>>();
for (const dir of [
  'wages',
  'projections',
  'price-parities',
  'state-projections',
  'sources',
  'occupations',
  'states',
]) {
  if (!existsSync(join(content, dir))) continue;
  for (const f of readdirSync(join(content, dir)).filter((f) => /\.ya?ml$/.test(f)))
    existing.set(`${dir}/${f}`, parse(readFileSync(join(content, dir, f), 'utf8')) ?? {});
}
const of = (dir: string) =>
  [...existing].filter(([k]) => k.startsWith(`${dir}/`)).map(([, v]) => v);
const occupations = of('occupations').sort((a, b) => Number(a.order) - Number(b.order));
const ctx: RefreshContext = {
  socs: occupations.map((o) => String(o.soc)),
  stateCodes: new Map(of('states').map((s) => [String(s.name), String(s.code)])),
  today: isoDate(new Date()),
  existing,
};
const order = new Map(occupations.map((o) => [String(o.soc), Number(o.order)]));

/** The newest OEWS release we hold for a scope, as a year. */
const newestYear = (scope: 'national' | 'state') =>
  Math.max(
    0,
    ...of('wages')
      .filter((t) => t.scope === scope)
      .map((t) => Number(String(t.period).replace('May ', ''))),
  );

/** Download the first of the URLs that exists; null when none does yet. */
async function firstFound(urls: string[]): Promise<{ url: string; data: Uint8Array } | null> {
  for (const url of urls) {
    console.log(`GET ${url}`);
    const data = await download(url, USER_AGENT);
    if (data) return { url, data };
    console.log('  not published (404)');
  }
  return null;
}

async function fromNetwork(kind: Kind): Promise<Outcome> {
  if (kind === 'national' || kind === 'state') {
    const held = newestYear(kind) || new Date().getUTCFullYear() - 1;
    // The next release if it is out, otherwise the one we hold again (BLS revises files in place).
    const got = await firstFound([oewsZipUrl(BLS, held + 1, kind), oewsZipUrl(BLS, held, kind)]);
    if (!got) return { planned: [], notes: [`no OEWS ${kind} file for ${mayOf(held)} or later`] };
    return planOews(kind, got.data, basename(got.url), ctx, { url: got.url });
  }
  if (kind === 'projections') {
    const got = await firstFound([`${BLS}/emp/ind-occ-matrix/occupation.xlsx`]);
    if (!got) return { planned: [], notes: ['no occupation.xlsx'] };
    return planProjections(got.data, 'occupation.xlsx', ctx, { url: got.url, order });
  }
  if (kind === 'state-projections') {
    // One response per occupation, every state in it; an occupation the service has no rows for answers 404.
    const files: { data: Uint8Array; file: string }[] = [];
    const notes: string[] = [];
    for (const soc of [...ctx.socs].sort().filter((s) => !s.endsWith('0'))) {
      const got = await firstFound([projectionsCentralUrl(PC, soc)]);
      if (got) files.push({ data: got.data, file: `LongTermRestJson/all/${soc}` });
      else notes.push(`Projections Central has no long-term rows for ${soc}`);
    }
    const out = planStateProjections(files, ctx, { url: `${PC}/Projections/LongTermRestJson` });
    return { planned: out.planned, notes: [...notes, ...out.notes] };
  }
  const got = await firstFound([`${BEA}/regional/zip/SARPP.zip`]);
  if (!got) return { planned: [], notes: ['no SARPP.zip'] };
  return planParities(got.data, 'SARPP.zip', ctx, { url: got.url });
}

async function fromFile(file: string, kind: Kind): Promise<Outcome> {
  if (!existsSync(file)) stop(`${file}: no such file`);
  const data = new Uint8Array(readFileSync(file));
  const name = basename(file);
  if (kind === 'national' || kind === 'state')
    return planOews(kind, data, name, ctx, {
      ...(args.period ? { period: args.period } : {}),
      ...(args.source ? { source: args.source } : {}),
    });
  if (kind === 'projections') return planProjections(data, name, ctx, { order });
  if (kind === 'state-projections') return planStateProjections([{ data, file: name }], ctx);
  return planParities(data, name, ctx);
}

const kinds: Kind[] = args.file
  ? [args.kind as Kind]
  : ((args.only?.split(',') ?? [...KINDS]) as Kind[]);
for (const k of kinds)
  if (!KINDS.includes(k))
    stop(`unknown kind "${k}": use ${KINDS.join(', ')}${args.file ? ' with --kind' : ''}`);

// Read and check everything first; write only when every file passed.
const outcomes: Outcome[] = [];
try {
  for (const k of kinds) outcomes.push(await (args.file ? fromFile(args.file, k) : fromNetwork(k)));
} catch (e) {
  if (e instanceof Unreachable) stop(`${e.message}. No network? Nothing was changed.`, 2);
  stop(`${(e as Error).message}\nNothing was changed.`);
}

let written = 0;
for (const o of outcomes) {
  for (const n of o.notes) console.log(`note: ${n}`);
  for (const p of o.planned) {
    console.log(`${args['dry-run'] ? 'would write' : 'write'} ${content}/${p.path}`);
    for (const c of p.changes) console.log(`  ${c}`);
    if (args['dry-run']) continue;
    mkdirSync(dirname(join(content, p.path)), { recursive: true });
    writeAtomic(dirname(join(content, p.path)), basename(p.path), p.text);
    written++;
  }
}
console.log(
  outcomes.some((o) => o.planned.length)
    ? `${args['dry-run'] ? 'dry run: nothing written' : `${written} file(s) written`}`
    : 'no figures changed',
);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { csvGrid } from '#src/lib/pay/files.ts';
import { xlsx, zip } from '../xlsx-fixture.ts';
import { copyContent } from '../content-copy.ts';

/**
 * npm run data:refresh against a local HTTP server on 127.0.0.1 that serves the official files' layouts, built from the
 * verbatim extracts in tests/fixtures/data-refresh/ (see its README). The real download, unzip, xlsx and parse code runs.
 */
const fixture = (f: string) => readFileSync(f, 'utf8');
const nationalGrid = (): string[][] => {
  const grid = csvGrid(fixture('tests/fixtures/data-refresh/national_M2025_dl.csv'));
  // The 21-1020 row of the same release, from the national extract the committed table was made from, in this layout.
  const [h2 = [], ...rows2] = csvGrid(fixture('tests/fixtures/oews/national_M2025_extract.csv'));
  const group = rows2.find((r) => r[h2.indexOf('OCC_CODE')] === '21-1020')!;
  const [head = []] = grid;
  grid.push(head.map((name) => group[h2.indexOf(name)] ?? ''));
  return grid;
};
const epGrid = () => csvGrid(fixture('tests/fixtures/data-refresh/occupation_table_1_2.csv'));
const rppText = () => fixture('tests/fixtures/data-refresh/SARPP_STATE_2008_2024.csv');
/** A copy of a grid with one cell changed, found by its row's OCC_CODE and its column name. */
function revise(grid: string[][], soc: string, column: string, value: string): string[][] {
  const c = grid.find((r) => r.includes(column))!.indexOf(column);
  return grid.map((r) => (r.includes(soc) ? r.map((v, i) => (i === c ? value : v)) : r));
}

type Route = { status: number; body?: Uint8Array };
let routes = new Map<string, Route>();
const seen: { path: string; ua: string }[] = [];
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', ua: String(req.headers['user-agent']) });
    const r = routes.get(req.url ?? '') ?? { status: 404 };
    res.writeHead(r.status, { 'Content-Type': 'application/octet-stream' });
    res.end(r.body ? Buffer.from(r.body) : undefined);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

function serve(
  national: string[][],
  ep: string[][],
  rpp: string,
  extra: Record<string, Route> = {},
) {
  routes = new Map(
    Object.entries({
      '/oes/special-requests/oesm25nat.zip': {
        status: 200,
        body: zip({
          'oesm25nat/national_M2025_dl.xlsx': xlsx([{ name: 'national_M2025_dl', rows: national }]),
        }),
      },
      '/emp/ind-occ-matrix/occupation.xlsx': {
        status: 200,
        body: xlsx([
          { name: 'Index', rows: [['Table 1.2']] },
          { name: 'Table 1.2', rows: ep },
        ]),
      },
      '/regional/zip/SARPP.zip': {
        status: 200,
        body: zip({ 'SARPP_STATE_2008_2024.csv': new TextEncoder().encode(rpp) }),
      },
      ...extra,
    }),
  );
}

/** A copy of content/ whose price-parity table holds only the areas in the SARPP extract. */
function workspace(): string {
  const work = mkdtempSync(join(tmpdir(), 'ccm-refresh-'));
  copyContent(join(work, 'content'));
  const p = join(work, 'content/price-parities/bea-rpp-2024.yaml');
  const t = parse(readFileSync(p, 'utf8'));
  t.rows = t.rows.filter((r: { area: string }) => ['US', 'AL', 'AK', 'WY'].includes(r.area));
  writeFileSync(p, stringify(t));
  return work;
}

function refresh(work: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; out: string }>((done) => {
    const child = spawn(
      process.execPath,
      ['scripts/data-refresh.ts', '--content', join(work, 'content'), ...args],
      {
        env: {
          ...process.env,
          DATA_REFRESH_BLS_BASE: base,
          DATA_REFRESH_BEA_BASE: base,
          DATA_REFRESH_PC_BASE: base,
          CONTACT_EMAIL: 'data@example.org',
          ...env,
        },
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code, out }));
  });
}
const ONLY = ['--only', 'national,projections,parities'];
const yamlOf = (work: string, f: string) => parse(readFileSync(join(work, 'content', f), 'utf8'));

describe('npm run data:refresh (downloads from a local server)', () => {
  it('downloads the official files with a User-Agent that names a contact, and changes nothing when the figures are the same', async () => {
    serve(nationalGrid(), epGrid(), rppText());
    const work = workspace();
    seen.length = 0;
    const { code, out } = await refresh(work, ONLY);
    expect(out).toContain('no figures changed');
    expect(code).toBe(0);
    expect(seen.map((s) => s.path)).toEqual([
      '/oes/special-requests/oesm26nat.zip',
      '/oes/special-requests/oesm25nat.zip',
      '/emp/ind-occ-matrix/occupation.xlsx',
      '/regional/zip/SARPP.zip',
    ]);
    for (const s of seen) expect(s.ua).toContain('data@example.org');
    expect(readFileSync(join(work, 'content/wages/national-may-2025.yaml'), 'utf8')).toBe(
      readFileSync('content/wages/national-may-2025.yaml', 'utf8'),
    );
    rmSync(work, { recursive: true, force: true });
  });

  it('given a revised release, changes exactly the figures that differ, prints each, and writes the official source', async () => {
    let national = revise(nationalGrid(), '21-1022', 'A_MEDIAN', '68000');
    national = revise(national, '29-1141', 'TOT_EMP', '3380000');
    const ep = revise(epGrid(), '21-1023', 'Occupational openings, 2024–34 annual average', '13.6');
    const rpp = rppText().replace(',91.551,92.691', ',91.551,92.700');
    serve(national, ep, rpp);
    const work = workspace();
    const before = yamlOf(work, 'wages/national-may-2025.yaml');
    const { code, out } = await refresh(work, ONLY);
    expect(code).toBe(0);
    const changes = out.split('\n').filter((l) => /^ {2}[~+-] /.test(l));
    expect(changes).toEqual([
      '  ~ 21-1022 US median: 67880 -> 68000',
      '  ~ 29-1141 US employment: 3379720 -> 3380000',
      '  ~ 21-1023 2024-34 openingsPerYear: 13500 -> 13600',
      '  ~ WY 2024: 92.691 -> 92.7',
    ]);
    const after = yamlOf(work, 'wages/national-may-2025.yaml');
    const expected = structuredClone(before);
    expected.rows.find((r: { soc: string }) => r.soc === '21-1022').median = 68000;
    expected.rows.find((r: { soc: string }) => r.soc === '29-1141').employment = 3380000;
    expect(after).toEqual(expected);
    expect(yamlOf(work, 'projections/21-1023-2024-34.yaml').openingsPerYear).toBe(13600);
    expect(yamlOf(work, 'sources/bls-oews-may-2025-national.yaml')).toMatchObject({
      url: `${base}/oes/special-requests/oesm25nat.zip`,
      kind: 'official-statistics',
      period: 'May 2025',
    });
    rmSync(work, { recursive: true, force: true });
  });

  it('adds a newer release as a new table with its own source entry, leaving the older one alone', async () => {
    const next = nationalGrid().map((r) => [...r]);
    serve(nationalGrid(), epGrid(), rppText(), {
      '/oes/special-requests/oesm26nat.zip': {
        status: 200,
        body: zip({ 'oesm26nat/national_M2026_dl.xlsx': xlsx([{ name: 'x', rows: next }]) }),
      },
    });
    const work = workspace();
    const { code, out } = await refresh(work, ['--only', 'national']);
    expect(code).toBe(0);
    expect(out).toContain('+ new table (national, May 2026)');
    expect(yamlOf(work, 'wages/national-may-2026.yaml').period).toBe('May 2026');
    expect(yamlOf(work, 'sources/bls-oews-may-2026-national.yaml').url).toBe(
      `${base}/oes/special-requests/oesm26nat.zip`,
    );
    expect(readFileSync(join(work, 'content/wages/national-may-2025.yaml'), 'utf8')).toBe(
      readFileSync('content/wages/national-may-2025.yaml', 'utf8'),
    );
    rmSync(work, { recursive: true, force: true });
  });

  it('without network, says so and changes nothing', async () => {
    const work = workspace();
    const { code, out } = await refresh(work, ONLY, {
      DATA_REFRESH_BLS_BASE: 'http://127.0.0.1:9',
    });
    expect(code).toBe(2);
    expect(out).toMatch(
      /cannot reach http:\/\/127\.0\.0\.1:9 .*No network\? Nothing was changed\./,
    );
    expect(existsSync(join(work, 'content/wages/national-may-2026.yaml'))).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });

  it('a bad file changes nothing, not even the datasets that were fine', async () => {
    serve(revise(nationalGrid(), '21-1022', 'A_MEDIAN', '68000'), [['not', 'a table']], rppText());
    const work = workspace();
    const { code, out } = await refresh(work, ONLY);
    expect(code).toBe(1);
    expect(out).toContain('no header row with a "National Employment Matrix code" column');
    expect(out).toContain('Nothing was changed.');
    expect(yamlOf(work, 'wages/national-may-2025.yaml')).toEqual(
      parse(readFileSync('content/wages/national-may-2025.yaml', 'utf8')),
    );
    rmSync(work, { recursive: true, force: true });
  });

  it('--file reads a workbook saved by hand', async () => {
    const work = workspace();
    const file = join(work, 'national_M2025_dl.xlsx');
    writeFileSync(
      file,
      xlsx([{ name: 'x', rows: revise(nationalGrid(), '21-1029', 'A_MEAN', '76000') }]),
    );
    const { code, out } = await refresh(work, ['--file', file, '--kind', 'national']);
    expect(code).toBe(0);
    expect(out).toContain('~ 21-1029 US mean: 75910 -> 76000');
    expect(yamlOf(work, 'wages/national-may-2025.yaml').source).toBe('bls-oews-may-2025-national');
    rmSync(work, { recursive: true, force: true });
  });
});

describe('npm run data:refresh --only state-projections (Projections Central, from a local server)', () => {
  const rn = '/Projections/LongTermRestJson/all/29-1141?items_per_page=1000';
  const response = (text: string): Route => ({ status: 200, body: new TextEncoder().encode(text) });
  const recorded = () =>
    fixture('tests/fixtures/data-refresh/projections-central-all-29-1141.json');

  it('asks for each occupation in every state, says which have no rows, and changes nothing when the figures are the same', async () => {
    routes = new Map([[rn, response(recorded())]]);
    const work = workspace();
    seen.length = 0;
    const { code, out } = await refresh(work, ['--only', 'state-projections']);
    expect(code).toBe(0);
    expect(seen.map((s) => s.path)).toEqual(
      ['21-1021', '21-1022', '21-1023', '21-1029', '29-1141'].map(
        (soc) => `/Projections/LongTermRestJson/all/${soc}?items_per_page=1000`,
      ),
    );
    expect(out).toContain('note: Projections Central has no long-term rows for 21-1022');
    expect(out).toContain(
      "the national row, left out (a national figure is never shown as a state's)",
    );
    expect(out).toContain('no figures changed');
    expect(
      readFileSync(
        join(work, 'content/state-projections/projections-central-2024-34.yaml'),
        'utf8',
      ),
    ).toBe(readFileSync('content/state-projections/projections-central-2024-34.yaml', 'utf8'));
    rmSync(work, { recursive: true, force: true });
  });

  it('given a revised response, changes exactly the figures that differ and prints each', async () => {
    const doc = JSON.parse(recorded());
    const wy = doc.rows.find((r: { Area: string }) => r.Area === 'Wyoming');
    wy.AvgAnnualOpenings = '350';
    routes = new Map([[rn, response(JSON.stringify(doc))]]);
    const work = workspace();
    const before = yamlOf(work, 'state-projections/projections-central-2024-34.yaml');
    const { code, out } = await refresh(work, ['--only', 'state-projections']);
    expect(code).toBe(0);
    expect(out.split('\n').filter((l) => /^ {2}[~+-] /.test(l))).toEqual([
      '  ~ WY 29-1141 2024-34 openingsPerYear: 340 -> 350',
    ]);
    const expected = structuredClone(before);
    expected.rows.find(
      (r: { area: string; soc: string }) => r.area === 'WY' && r.soc === '29-1141',
    ).openingsPerYear = 350;
    expect(yamlOf(work, 'state-projections/projections-central-2024-34.yaml')).toEqual(expected);
    rmSync(work, { recursive: true, force: true });
  });

  it('reads a response saved by hand with --file', async () => {
    const work = workspace();
    const { code, out } = await refresh(work, [
      '--file',
      'tests/fixtures/data-refresh/projections-central-32.json',
      '--kind',
      'state-projections',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('no figures changed');
    rmSync(work, { recursive: true, force: true });
  });
});

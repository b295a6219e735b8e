/** One representative page per page type, picked from the routes a build actually has (types it lacks are skipped). */
export const PAGE_TYPES: { type: string; pick: (routes: string[]) => string | undefined }[] = [
  { type: 'home', pick: (r) => r.find((x) => x === '/') },
  {
    type: 'career guide page',
    pick: (r) => r.find((x) => x === '/career/duties/') ?? r.find((x) => x.startsWith('/career/')),
  },
  {
    type: 'state licensing page',
    pick: (r) =>
      r.find((x) => x === '/licensing/texas/') ??
      r.find((x) => /^\/licensing\/[a-z-]+\/$/.test(x) && x !== '/licensing/glossary/'),
  },
  { type: 'licensing index', pick: (r) => r.find((x) => x === '/licensing/') },
  { type: 'salary', pick: (r) => r.find((x) => x === '/salary/') },
  { type: 'job description', pick: (r) => r.find((x) => x === '/job-description/') },
  {
    type: 'job description builder',
    pick: (r) => r.find((x) => x === '/job-description/builder/'),
  },
  { type: 'jobs list', pick: (r) => r.find((x) => x === '/jobs/') },
  { type: 'jobs list page 2', pick: (r) => r.find((x) => x === '/jobs/page/2/') },
  {
    type: 'jobs by state',
    pick: (r) =>
      r.find((x) => x === '/jobs/state/tx/') ?? r.find((x) => x.startsWith('/jobs/state/')),
  },
  {
    type: 'job page',
    pick: (r) => r.find((x) => /^\/jobs\/(?!page\/|state\/|post\/)[a-z0-9-]+\/$/.test(x)),
  },
  { type: 'post a job', pick: (r) => r.find((x) => x === '/jobs/post/') },
  { type: 'sources', pick: (r) => r.find((x) => x === '/sources/') },
  { type: 'licensing sources', pick: (r) => r.find((x) => x === '/sources/licensing/') },
  {
    type: 'licensing sources, one state',
    pick: (r) =>
      r.find((x) => x === '/sources/licensing/texas/') ??
      r.find((x) => x.startsWith('/sources/licensing/') && x !== '/sources/licensing/'),
  },
  { type: 'search', pick: (r) => r.find((x) => x === '/search/') },
];

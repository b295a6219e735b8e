/** The site's main sections, in header order. Paths are site-relative (the base is added when rendered). */
export const MAIN_NAV = [
  { href: '/career/', label: 'Career guide' },
  { href: '/job-description/', label: 'Job description' },
  { href: '/salary/', label: 'Pay' },
  { href: '/licensing/', label: 'Licensing' },
  { href: '/jobs/', label: 'Jobs' },
  { href: '/sources/', label: 'Sources' },
] as const;

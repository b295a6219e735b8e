/** The URL of a career-guide page from its content id: "index" -> "/career/", "duties" -> "/career/duties/". */
export function guideHref(id: string): string {
  return id === 'index' ? '/career/' : `/career/${id}/`;
}

/** The route parameter for a guide page: undefined for the overview, else its id. */
export function guideSlug(id: string): string | undefined {
  return id === 'index' ? undefined : id;
}

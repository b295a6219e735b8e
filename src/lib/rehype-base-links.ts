/** A minimal hast node: enough to find links. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Rehype plugin: prefix root-relative Markdown links ("/career/") with the site's base path, so content
 * written once works whether the site is served from "/" or from a sub-path such as "/ccm/".
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const visit = (node: HastNode): void => {
    if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.href;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && base !== '/' && !href.startsWith(base)) {
        node.properties!.href = `${base}${href.slice(1)}`;
      }
    }
    node.children?.forEach(visit);
  };
  return () => (tree: HastNode) => visit(tree);
}

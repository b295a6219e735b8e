declare namespace App {
  interface Locals {
    /**
     * The page's numbered notes, in order: set by a page that lists its sources at its foot
     * (src/pages/career/[...slug].astro), read by Cite to show "[2]" instead of an inline citation.
     */
    sourceNotes?: string[];
  }
}

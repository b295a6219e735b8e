import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import { compactPath, type Ring } from './svg-path.ts';

/** One state's outline on the map: its name as us-atlas spells it, an SVG path and a label point. */
export interface MapShape {
  name: string;
  d: string;
  centroid: [number, number];
  area: number;
}

/** The map's coordinate box (us-atlas's Albers USA projection is pre-applied at 975 x 610). */
export const MAP_VIEWBOX = '0 0 975 610';

/**
 * The outlines of the 50 states and DC from the U.S. Census Bureau's cartographic boundaries, as packaged
 * by us-atlas. The geometry is already projected, so the path generator uses no projection. Paths are written
 * compactly (whole units, relative; see compactPath): the map is inline on /licensing/, and at one decimal in
 * absolute coordinates it was most of that page's 50 KB of gzipped HTML.
 */
export function usMapShapes(): MapShape[] {
  const topo = simplified();
  const states = feature(topo, topo.objects.states);
  const path = geoPath().digits(1);
  return states.features
    .map((f) => ({
      name: f.properties.name,
      d: compactPath(rings(f)),
      centroid: path.centroid(f).map((n) => Math.round(n * 10) / 10) as [number, number],
      area: path.area(f),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Points that change an outline by less than MIN_AREA square units (Visvalingam's effective area, on the
 * 975-unit-wide map) are dropped. topojson-simplify works on the shared arcs, so neighboring states keep
 * one common border with no gaps or overlaps; a hand-rolled per-path simplifier would pull them apart.
 */
export const MIN_AREA = 1;

let cached: Topology<{ states: GeometryCollection<{ name: string }> }> | undefined;
function simplified() {
  const topo = atlas as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
  cached ??= simplify(presimplify(topo), MIN_AREA) as typeof topo;
  return cached;
}

/** The rings d3's path generator draws for a feature, as points. */
function rings(f: Parameters<ReturnType<typeof geoPath>>[0]): Ring[] {
  const out: Ring[] = [];
  geoPath(null, {
    moveTo: (x: number, y: number) => void out.push([[x, y]]),
    lineTo: (x: number, y: number) => void out.at(-1)!.push([x, y]),
    closePath: () => {},
    arc: () => {},
  } as unknown as CanvasRenderingContext2D)(f);
  return out;
}

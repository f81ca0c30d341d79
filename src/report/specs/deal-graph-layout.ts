/**
 * How the deal graph is drawn, for the report's chart and the dashboard's SVG alike: one colour per
 * instrument (dark enough for text beside it on white) and the parties on a circle.
 */

export const INSTRUMENT_COLORS: Record<string, string> = {
  equity: "#1f77b4",
  convertible: "#17becf",
  round_participation: "#9467bd",
  warrant: "#8c564b",
  loan: "#7f7f7f",
  backstop: "#d62728",
  compute_commitment: "#c45a00",
  cloud_commitment: "#2ca02c",
  chip_purchase: "#8a8b00",
  revenue_share: "#c2449b",
  acquisition: "#393b79",
};

export interface GraphLayout {
  positions: Map<string, { x: number; y: number }>;
  size: number;
}

/** The parties in name order on a circle inside a square of `size` pixels, the first at the top. */
export function circleLayout(parties: readonly string[], size: number): GraphLayout {
  const radius = size / 2 - 70;
  const positions = new Map<string, { x: number; y: number }>();
  [...parties].sort().forEach((party, i, all) => {
    const angle = (2 * Math.PI * i) / Math.max(all.length, 1) - Math.PI / 2;
    positions.set(party, { x: size / 2 + radius * Math.cos(angle), y: size / 2 + radius * Math.sin(angle) });
  });
  return { positions, size };
}

/**
 * The latency chart: p50 and p99 delivery latency against concurrent chats, both axes logarithmic,
 * hand-written SVG. Series differ by line style and marker shape and are labelled in place, so it
 * reads without colour.
 */

export interface ChartPoint { chats: number; p50: number; p99: number }

const W = 680;
const H = 420;
const M = { left: 78, right: 120, top: 56, bottom: 64 };

/** 1, 2, 5, 10, 20, 50… covering [lo, hi]. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let decade = 10 ** Math.floor(Math.log10(lo)); decade <= hi * 10; decade *= 10) {
    for (const m of [1, 2, 5]) {
      const t = m * decade;
      if (t >= lo / 1.0001 && t <= hi * 1.0001) ticks.push(t);
    }
  }
  return ticks;
}

const round = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function latencyChart(points: ChartPoint[], targets: Record<number, number>, subtitle: string): string {
  const xs = points.map((p) => p.chats);
  const targetPoints = Object.entries(targets).map(([c, t]) => ({ chats: Number(c), ms: t })).filter((t) => xs.includes(t.chats));
  const values = [...points.flatMap((p) => [p.p50, p.p99]), ...targetPoints.map((t) => t.ms)].filter((v) => v > 0);
  // Room below the lowest point for its label.
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...values) / 1.5));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const xLo = Math.min(...xs) / 1.5;
  const xHi = Math.max(...xs) * 1.5;
  const px = (c: number) => round(M.left + ((Math.log(c) - Math.log(xLo)) / (Math.log(xHi) - Math.log(xLo))) * (W - M.left - M.right));
  const py = (v: number) => round(H - M.bottom - ((Math.log(v) - Math.log(yLo)) / (Math.log(yHi) - Math.log(yLo))) * (H - M.top - M.bottom));

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title desc">`);
  out.push(`<title id="title">Delivery latency against concurrent chats</title>`);
  out.push(`<desc id="desc">${esc(points.map((p) => `${p.chats} chats: p50 ${fmt(p.p50)} ms, p99 ${fmt(p.p99)} ms`).join('; '))}</desc>`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">Message delivery latency against concurrent chats</text>`);
  out.push(`<text x="${W / 2}" y="40" text-anchor="middle" fill="#444">${esc(subtitle)}</text>`);

  // Grid and axes.
  for (const t of logTicks(yLo, yHi)) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${py(t)}" y2="${py(t)}" stroke="#ddd"/>`);
    out.push(`<text x="${M.left - 8}" y="${py(t) + 4}" text-anchor="end">${t}</text>`);
  }
  for (const c of xs) {
    out.push(`<line x1="${px(c)}" x2="${px(c)}" y1="${M.top}" y2="${H - M.bottom}" stroke="#eee"/>`);
    out.push(`<text x="${px(c)}" y="${H - M.bottom + 18}" text-anchor="middle">${c}</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="black"/>`);
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="black"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 18}" text-anchor="middle">concurrent chats (log scale)</text>`);
  out.push(`<text transform="translate(20 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">send → receipt latency, ms (log scale)</text>`);

  // Series: p50 solid with circles, p99 dashed with squares.
  const series = [
    { key: 'p50' as const, dash: '', marker: (x: number, y: number) => `<circle cx="${x}" cy="${y}" r="4.5" fill="black"/>` },
    { key: 'p99' as const, dash: ' stroke-dasharray="7 4"', marker: (x: number, y: number) => `<rect x="${x - 4.5}" y="${y - 4.5}" width="9" height="9" fill="white" stroke="black" stroke-width="2"/>` },
  ];
  for (const s of series) {
    const path = points.map((p, i) => `${i ? 'L' : 'M'}${px(p.chats)} ${py(p[s.key])}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="black" stroke-width="2"${s.dash}/>`);
    for (const p of points) {
      out.push(s.marker(px(p.chats), py(p[s.key])));
      out.push(`<text x="${px(p.chats) + 8}" y="${py(p[s.key]) + (s.key === 'p99' ? -8 : 16)}">${fmt(p[s.key])}</text>`);
    }
    const last = points[points.length - 1];
    out.push(`<text x="${W - M.right + 10}" y="${py(last[s.key]) + 4}" font-weight="bold">${s.key}</text>`);
  }
  // Targets: crosses, labelled.
  for (const t of targetPoints) {
    const x = px(t.chats);
    const y = py(t.ms);
    out.push(`<path d="M${x - 6} ${y - 6} L${x + 6} ${y + 6} M${x - 6} ${y + 6} L${x + 6} ${y - 6}" stroke="black" stroke-width="2"/>`);
    out.push(`<text x="${x - 10}" y="${y + 4}" text-anchor="end">p99 target ${t.ms}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

/** A placeholder product image (SVG) so the demo shows cards without any image hosting. */
export function productSvg(title: string, seed: string): string {
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) % 360;
  const esc = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${h},60%,55%)"/><stop offset="1" stop-color="hsl(${(h + 40) % 360},60%,40%)"/></linearGradient></defs>
<rect width="320" height="200" fill="url(#g)"/>
<text x="160" y="108" font-family="system-ui,sans-serif" font-size="20" fill="#fff" text-anchor="middle">${esc}</text>
</svg>`;
}

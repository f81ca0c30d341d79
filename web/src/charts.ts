import embed, { type Result } from "vega-embed";

/**
 * Draws one of the project's Vega-Lite specs with vega-embed under the dashboard's CSP: expressions
 * run by Vega's interpreter (no eval), no injected <style> (the app's stylesheet styles the
 * tooltip), SVG so that the marks are in the page.
 */
export async function drawChart(target: HTMLElement, spec: object, label: string): Promise<Result> {
  target.setAttribute("role", "figure");
  target.setAttribute("aria-label", label);
  return embed(target, spec as never, {
    ast: true,
    renderer: "svg",
    actions: false,
    defaultStyle: false,
    tooltip: { disableDefaultStyle: true, theme: "custom" } as never,
  });
}

/** Links that save a drawn chart as SVG or PNG. */
export async function chartDownloads(result: Result, name: string): Promise<HTMLElement[]> {
  const [svg, png] = await Promise.all([result.view.toImageURL("svg"), result.view.toImageURL("png", 2)]);
  const link = (href: string, ext: string) => {
    const a = document.createElement("a");
    a.href = href;
    a.download = `${name}.${ext}`;
    a.className = "button";
    a.textContent = ext.toUpperCase();
    return a;
  };
  return [link(svg, "svg"), link(png, "png")];
}

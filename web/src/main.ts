import "./style.css";
import { problemText } from "./api.js";
import { announce, fill, h } from "./dom.js";
import { changesPage } from "./pages/changes.js";
import { claimsPage } from "./pages/claims.js";
import { documentPage } from "./pages/document.js";
import { evidencePage } from "./pages/evidence.js";
import { graphPage } from "./pages/graph.js";
import { importPage } from "./pages/import.js";
import { scenariosPage } from "./pages/scenarios.js";
import {
  currentRoute,
  hrefFor,
  interceptLinks,
  onParamsReplaced,
  onRouteChange,
  type PageName,
  type Route,
} from "./state.js";

const PAGES: Record<PageName, { title: string; render: (main: HTMLElement, route: Route) => Promise<void> }> =
  {
    claims: { title: "Claims", render: claimsPage },
    document: { title: "Documents", render: documentPage },
    evidence: { title: "Evidence", render: evidencePage },
    changes: { title: "What changed", render: changesPage },
    scenarios: { title: "Scenarios", render: scenariosPage },
    import: { title: "Import", render: importPage },
    graph: { title: "Deal graph", render: graphPage },
  };

const main = document.getElementById("main")!;
const nav = document.getElementById("nav")!;
let rendering = 0;

function drawNav(route: Route): void {
  fill(
    nav,
    h(
      "ul",
      {},
      ...Object.entries(PAGES).map(([name, page]) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: hrefFor(name as PageName),
              "data-app-link": "",
              "aria-current": name === route.page ? "page" : null,
            },
            page.title,
          ),
        ),
      ),
    ),
  );
}

async function render(route: Route): Promise<void> {
  const ticket = ++rendering;
  document.body.dataset.ready = "false";
  drawNav(route);
  const page = PAGES[route.page];
  document.title = `${page.title} · Frontier Ledger`;
  try {
    await page.render(main, route);
  } catch (error) {
    if (ticket === rendering)
      fill(main, h("h1", {}, page.title), h("p", { class: "error", role: "alert" }, problemText(error)));
  }
  if (ticket === rendering) {
    document.body.dataset.ready = "true";
    announce(`${page.title} shown`);
  }
}

interceptLinks(document.body);
onRouteChange((route) => void render(route));
onParamsReplaced(drawNav);
void render(currentRoute());

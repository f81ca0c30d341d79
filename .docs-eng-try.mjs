import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
const html = `<!doctype html><html><head><title>T | Site</title><meta property="article:published_time" content="2025-11-05T10:00:00Z"><script>globalThis.pwned=1</script></head><body><nav>Home Menu</nav><article><h1>Big title</h1><p>First para with <b>bold</b> text and <a href="javascript:alert(1)">a link</a>. ${"More words here. ".repeat(40)}</p><img src=x onerror="globalThis.pwned=2"><h2>Sub</h2><p>Second para ${"Lorem ipsum dolor. ".repeat(30)}</p><ul><li>item one</li><li>item two</li></ul><div class="share">Share this article</div></article><footer>foot</footer></body></html>`;
const { document } = parseHTML(html);
const r = new Readability(document, { serializer: (n) => n }).parse();
console.log(r.title, r.publishedTime, r.content.constructor.name, r.content.outerHTML.slice(0,1500));
console.log(globalThis.pwned);
// deep nesting
let deep = "<div>".repeat(100000) + "text" ;
let t = Date.now();
try { const { document: d2 } = parseHTML(deep); console.log("parsed", Date.now()-t); const r2 = new Readability(d2).parse(); console.log("read", r2 && r2.textContent.length, Date.now()-t);} catch(e) { console.log("ERR", e.message.slice(0,200)); }

/** Element building without HTML strings: text is always text, never markup. */

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, children.flat());
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function fill(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children.flat());
}

/** A labelled <select> of values, the current one selected; "" is "any". */
export function select(
  name: string,
  label: string,
  values: readonly string[],
  current: string,
  anyLabel = "any",
): HTMLLabelElement {
  const options = [
    h("option", { value: "" }, anyLabel),
    ...values.map((v) => h("option", { value: v, selected: v === current }, v.replaceAll("_", " "))),
  ];
  return h("label", {}, label, h("select", { name }, ...options));
}

export function input(name: string, label: string, value: string, extra: Attributes = {}): HTMLLabelElement {
  return h("label", {}, label, h("input", { name, value, autocomplete: "off", ...extra }));
}

/** Announces a short message to everyone (screen readers included). */
export function announce(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

import jsep from "jsep";

/**
 * Formula text → jsep AST with source offsets. Formulas are parsed, never evaluated as code:
 * the compiler walks the AST and accepts only names, numbers, the operators below and the
 * model's functions; anything else (member access, `this`, strings, arrays) is rejected.
 */

export type Expr = jsep.Expression;

export interface Span {
  start: number;
  end: number;
}

for (const op of ["|", "&", "===", "!==", "<<", ">>", ">>>", "%", "??", "^"]) jsep.removeBinaryOp(op);
jsep.addBinaryOp("^", 11, true);
// Lowest precedence: `default = a + b` inside a call names an argument (see formula-calls.ts).
jsep.addBinaryOp("=", 0.5);
for (const op of ["~"]) jsep.removeUnaryOp(op);

export const BINARY_OPERATORS = new Set([
  "+",
  "-",
  "*",
  "/",
  "^",
  "**",
  "<",
  "<=",
  ">",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
]);
export const UNARY_OPERATORS = new Set(["-", "+", "!"]);

export interface ParsedFormula {
  text: string;
  ast: Expr;
  /** Offsets of every node in `text` (leaves exactly; inner nodes from their first to last leaf). */
  spans: WeakMap<Expr, Span>;
}

export type ParseFormulaResult =
  | { ok: true; value: ParsedFormula }
  | { ok: false; error: { message: string; offset: number } };

const TOKEN =
  /([A-Za-z_$][\w$]*)|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g;

function leafSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(TOKEN))
    spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

function children(node: Expr): Expr[] {
  switch (node.type) {
    case "BinaryExpression":
      return [node.left as Expr, node.right as Expr];
    case "UnaryExpression":
      return [node.argument as Expr];
    case "CallExpression":
      return [node.callee as Expr, ...(node.arguments as Expr[])];
    case "MemberExpression":
      return [node.object as Expr, node.property as Expr];
    case "ConditionalExpression":
      return [node.test as Expr, node.consequent as Expr, node.alternate as Expr];
    case "ArrayExpression":
      return (node.elements as (Expr | null)[]).filter((e): e is Expr => e !== null);
    case "Compound":
      return node.body as Expr[];
    default:
      return [];
  }
}

function assignSpans(ast: Expr, text: string): WeakMap<Expr, Span> {
  const spans = new WeakMap<Expr, Span>();
  const leaves = leafSpans(text);
  let next = 0;
  const visit = (node: Expr): Span | null => {
    const kids = children(node);
    if (kids.length === 0) {
      const span = leaves[next++] ?? null;
      if (span) spans.set(node, span);
      return span;
    }
    let start = Number.POSITIVE_INFINITY;
    let end = -1;
    for (const kid of kids) {
      const span = visit(kid);
      if (span) {
        start = Math.min(start, span.start);
        end = Math.max(end, span.end);
      }
    }
    if (end < 0) return null;
    const span = { start, end };
    spans.set(node, span);
    return span;
  };
  visit(ast);
  if (next !== leaves.length) return new WeakMap();
  return spans;
}

export function parseFormula(text: string): ParseFormulaResult {
  try {
    const ast = jsep(text);
    return { ok: true, value: { text, ast, spans: assignSpans(ast, text) } };
  } catch (error) {
    const e = error as Error & { index?: number; description?: string };
    return { ok: false, error: { message: e.description ?? e.message, offset: e.index ?? 0 } };
  }
}

/** Offset of a binary node's operator: the first occurrence after its left operand. */
export function operatorOffset(parsed: ParsedFormula, node: Expr): number {
  const left = node.left as Expr | undefined;
  const leftSpan = left ? parsed.spans.get(left) : undefined;
  const from = leftSpan?.end ?? parsed.spans.get(node)?.start ?? 0;
  const index = parsed.text.indexOf(String(node.operator), from);
  return index === -1 ? from : index;
}

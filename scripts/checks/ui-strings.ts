/**
 * Every word the user reads goes through the message lookup (lib/i18n): a check over the UI's source
 * for string literals that are words. It reads the TypeScript syntax tree, so comments, type names,
 * CSS classes, test ids and message keys (`msg('overlay.showMe')`) are not mistaken for text.
 * Flagged: JSX text with letters; a visible attribute (aria-label, title, label, hint …) given a
 * literal; elsewhere, a string or template literal holding two or more words.
 */
import ts from 'typescript';

/** Where user-visible text is made: the UI, the hint rules, reminders and the support message. */
export const UI_TEXT_ROOTS = ['components', 'lib/hints', 'lib/notes/reminders.ts', 'lib/notes/deadline-text.ts', 'lib/notes/deadlines.ts', 'lib/notes/countdown.ts', 'entrypoints/background.ts'];

const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'hint', 'submitLabel', 'what']);
/** Attributes whose strings are names for code, never for people. */
const CODE_ATTRIBUTES = /^(class|className|id|for|htmlFor|type|name|role|rel|target|href|src|key|lang|dir|inputMode|autoComplete|accept|aria-controls|aria-labelledby|aria-describedby|aria-live|data-[\w-]+)$/;
const WORDS = /\p{L}{2,}[\s\u00a0]+\p{L}{2,}/u;
/** In a template, one word beside a value is already a sentence glued from fragments ("\${a} of \${b}"). */
const TEMPLATE_WORD = /(^|\s)\p{L}{2,}(\s|$)/u;
const LETTER = /\p{L}/u;
/** Calls whose strings are for code or the console; `quietly` (lib/session/quietly.ts) is console.debug for whoever inspects the extension. */
const CODE_CALLS = new Set(['msg', 'quietly', 'Error', 'RangeError', 'TypeError', 'OpRefused', 'QuotaExceeded', 'querySelector', 'querySelectorAll', 'closest', 'matches', 'addEventListener', 'removeEventListener', 'getAttribute', 'setAttribute', 'createElement', 'debug', 'warn', 'error', 'log', 'info']);

export interface UiStringFinding {
  file: string;
  line: number;
  text: string;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** A literal that is code: an import, a key, a type, an argument to msg()/Error()/a DOM query, a code attribute. */
function isCodeContext(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at) || ts.isLiteralTypeNode(at) || ts.isTypeNode(at)) return true;
    if ((ts.isCallExpression(at) || ts.isNewExpression(at)) && CODE_CALLS.has(calleeName(at))) return true;
    if (ts.isJsxAttribute(at)) return !VISIBLE_ATTRIBUTES.has(at.name.getText());
    if (ts.isPropertyAssignment(at) && at.name === node) return true;
    if (ts.isElementAccessExpression(at) && at.argumentExpression === node) return true;
    if (at === node.parent && ts.isBinaryExpression(at) && /^(===|!==|==|!=)$/.test(at.operatorToken.getText())) return true;
    if (at === node.parent && ts.isCaseClause(at) && at.expression === node) return true;
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

export function findUiStrings(file: string, source: string): UiStringFinding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: UiStringFinding[] = [];
  const report = (node: ts.Node, text: string) =>
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim().slice(0, 80) });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      if (VISIBLE_ATTRIBUTES.has(name) && !CODE_ATTRIBUTES.test(name) && LETTER.test(node.initializer.text)) report(node, node.initializer.text);
      return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (WORDS.test(node.text) && !isCodeContext(node)) report(node, node.text);
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const template = ts.isTemplateHead(node) ? node.parent : node.parent.parent;
      if (TEMPLATE_WORD.test(node.text) && !isCodeContext(template)) report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

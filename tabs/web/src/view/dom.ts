// A tiny element builder: the tab has no framework, and text always goes in as text nodes, so
// nothing a participant typed is ever parsed as HTML.

type Child = Node | string | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined | EventListener;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const svgNamespace = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attributes: Record<string, AttributeValue> = {}, ...children: (Child | Child[])[]): SVGElement {
  const element = document.createElementNS(svgNamespace, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Record<string, AttributeValue>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }

    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else if (name === 'style' && (element instanceof HTMLElement || element instanceof SVGElement)) {
      // Through the CSSOM: the host's Content-Security-Policy refuses inline style attributes (style-src 'self').
      element.style.cssText = String(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

function append(element: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }

    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A short id unique within the page, for aria-describedby and label links. */
let nextId = 0;
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** Initials for an avatar: "Priya Shah" -> "PS". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter((p) => p.length > 0);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => (p ?? '').charAt(0).toUpperCase()).join('') || '?';
}

/**
 * Button text whose visible part is short ("Merge…") and whose accessible name says what it acts on ("Merge “Bins
 * late” with…"): the rest is in the text, visually hidden, so the name always contains what is seen.
 */
export function namedText(visible: string, hiddenPart: string, visibleEnd = ''): (HTMLElement | string)[] {
  return [visible, h('span', { class: 'visually-hidden' }, hiddenPart), visibleEnd];
}

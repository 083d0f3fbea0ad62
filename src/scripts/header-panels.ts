/**
 * The header's two disclosures on a phone, 字号 and 栏目 (<details>: they open and close without
 * this script). An open panel lies over the top of the page, so it closes when the reader is done
 * with it: Escape closes it and returns focus to its button, and it closes when focus or a tap goes
 * elsewhere, so that it never covers what has focus (WCAG 2.4.11). Where the header is wide, the
 * panels stand open and their buttons are hidden (layout.css): nothing to close.
 */
const panels = [...document.querySelectorAll<HTMLDetailsElement>('.site-header details')];

/** Whether a panel lies over the page: open, with its button shown (the phone header). */
const overPage = (details: HTMLDetailsElement) => details.open && getComputedStyle(details.querySelector('summary') ?? details).display !== 'none';

for (const details of panels) {
  details.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !overPage(details)) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  });
  details.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !details.contains(event.relatedTarget) && overPage(details)) details.open = false;
  });
}
document.addEventListener('click', (event) => {
  for (const details of panels) {
    if (event.target instanceof Node && !details.contains(event.target) && overPage(details)) details.open = false;
  }
});

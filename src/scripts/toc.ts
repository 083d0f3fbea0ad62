/**
 * The contents list of a policy text, beside the text where the page is wide: there gongwen.css
 * hides its 目录 button and draws its entries, but the <details> is still closed, so assistive
 * technology (and axe) would take the entries for hidden. Open it whenever it stands beside the
 * text, and close it again when the page narrows to the phone layout, where it is one tap away.
 */
const details = document.querySelector<HTMLDetailsElement>('.toc__details');
const summary = details?.querySelector('summary');
if (details && summary) {
  let beside: boolean | undefined;
  const follow = () => {
    const now = getComputedStyle(summary).display === 'none';
    if (now !== beside) details.open = now;
    beside = now;
  };
  follow();
  new ResizeObserver(follow).observe(details);
}

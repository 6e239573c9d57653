// Note markers show their note's excerpt and source on hover and focus, copied from the note, so
// the page carries each excerpt once. Without JS a marker links to its note, and aria-describedby
// gives assistive technology the excerpt (so the tip itself is aria-hidden).
const tip = document.createElement('div');
tip.className = 'note-tip';
tip.setAttribute('aria-hidden', 'true');
tip.hidden = true;
document.body.append(tip);
let shown = null;

function show(marker) {
  const excerpt = document.getElementById(marker.getAttribute('aria-describedby'));
  if (!excerpt) return;
  // Beside the sentence already (the margin note at desktop widths): no tip needed.
  if (marker.nextElementSibling?.contains(excerpt) && excerpt.checkVisibility()) return;
  const source = excerpt.parentElement.querySelector('.note-source');
  tip.replaceChildren(excerpt.cloneNode(true), source?.cloneNode(true) ?? '');
  tip.firstChild.removeAttribute('id');
  for (const a of tip.querySelectorAll('a')) a.replaceWith(a.textContent);
  tip.hidden = false;
  shown = marker;
  const box = marker.getBoundingClientRect();
  tip.style.left = `${Math.max(8, Math.min(box.left, innerWidth - tip.offsetWidth - 8)) + scrollX}px`;
  tip.style.top = `${box.bottom + scrollY + 6}px`;
}

function hide() {
  tip.hidden = true;
  shown = null;
}

const markerOf = (node) => node instanceof Element && node.closest('a.cite-link');
const on = (type, handle) => document.addEventListener(type, handle);
on('pointerover', (e) => {
  const marker = markerOf(e.target);
  if (marker && marker !== shown) show(marker);
});
// The pointer may move from the marker onto the tip (WCAG 1.4.13, hoverable).
on('pointerout', (e) => {
  const to = e.relatedTarget;
  if (shown && !tip.contains(to) && !shown.contains(to)) hide();
});
on('focusin', (e) => (markerOf(e.target) ? show(markerOf(e.target)) : shown && hide()));
on('focusout', (e) => markerOf(e.target) && hide());
on('keydown', (e) => e.key === 'Escape' && shown && hide());

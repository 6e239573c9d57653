// Light/dark toggle: system -> light -> dark, named on the button ("Auto" follows the system).
// Without JS the system preference applies and the button stays hidden; the stored choice is
// applied before paint by the inline head script.
const button = document.querySelector('[data-theme-toggle]');
const order = ['system', 'light', 'dark'];
const names = { system: 'Auto', light: 'Light', dark: 'Dark' };
const root = document.documentElement;
const current = () => root.dataset.theme ?? 'system';
const show = () => {
  const name = names[current()];
  button?.setAttribute('aria-label', `Colour theme: ${name}`);
  const label = button?.querySelector('[data-theme-name]');
  if (label) label.textContent = name;
};
if (button) {
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next = order[(order.indexOf(current()) + 1) % order.length];
    if (next === 'system') delete root.dataset.theme;
    else root.dataset.theme = next;
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {}
    show();
  });
}

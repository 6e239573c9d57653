// Copy buttons (CopyButton.astro): shown only where the clipboard can be written; a click copies
// the text of the element named by data-copy and says so in the section's live region.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy);
  const status = button.closest('section')?.querySelector('[data-copy-status]');
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let message = `${button.dataset.copyWhat} copied.`;
    try {
      await navigator.clipboard.writeText(source.textContent.trim());
    } catch {
      message = 'Could not copy: select the text and copy it instead.';
    }
    if (!status) return;
    // Emptied first, so that copying twice is announced twice.
    status.textContent = '';
    setTimeout(() => {
      status.textContent = message;
    }, 100);
  });
}

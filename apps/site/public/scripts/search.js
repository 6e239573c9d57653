// Loads Pagefind's UI on the search page only, and runs the query the form (or a link) gave.
const root = document.getElementById('search');
if (root) {
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-ui.css`;
  document.head.append(css);
  const script = document.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  script.onload = () => {
    root.replaceChildren();
    const ui = new globalThis.PagefindUI({
      element: root,
      bundlePath: bundle,
      baseUrl: root.dataset.base,
      showImages: false,
      // The report is one long page: its sections (headings with ids) are its results.
      showSubResults: true,
      // Pagefind's default (0.75) sinks a long page below short pages that mention a word once;
      // the report is one long page whose sections are the results.
      ranking: { pageLength: 0 },
      // What a result is (Base.astro's meta "type") heads it as a kicker ("Source"), not as
      // Pagefind's "Type: Source" tag: the type becomes the tag's key, which the tag carries as an
      // attribute for site.css to show alone (its text, "Source: ", stays for screen readers).
      processResult: (result) => {
        const { type, ...meta } = result.meta;
        return type ? { ...result, meta: { ...meta, [type]: '' } } : result;
      },
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q) ui.triggerSearch(q);
  };
  document.head.append(script);
}

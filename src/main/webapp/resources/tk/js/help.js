/*
 * The page help (tk:help) and glossary tooltips (tk:term), without inline script (the CSP
 * allows none): the "?" button moves beside the page's h1 and opens and closes the help text
 * (aria-expanded); Escape closes the help text (focus back on the button) or hides a
 * tooltip until the pointer or focus leaves its word.
 */
(function () {
  function placeToggle() {
    var toggle = document.getElementById('tk-help-toggle');
    var title = document.querySelector('main h1');
    if (!toggle || !title || toggle.parentElement.classList.contains('tk-title-row')) {
      return;
    }
    var row = document.createElement('div');
    row.className = 'tk-title-row';
    title.parentNode.insertBefore(row, title);
    row.appendChild(title);
    row.appendChild(toggle);
  }

  function setOpen(toggle, open) {
    var text = document.getElementById(toggle.getAttribute('aria-controls'));
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (text) {
      text.hidden = !open;
    }
  }

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('.tk-help-toggle');
    if (toggle) {
      setOpen(toggle, toggle.getAttribute('aria-expanded') !== 'true');
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    document.querySelectorAll('.tk-term-wrap:hover').forEach(function (wrap) {
      wrap.classList.add('tk-term-closed');
    });
    var active = document.activeElement;
    if (!active || !active.closest) {
      return;
    }
    var term = active.closest('.tk-term-wrap');
    if (term) {
      term.classList.add('tk-term-closed');
      return;
    }
    var toggle = document.getElementById('tk-help-toggle');
    if (toggle && (active === toggle || active.closest('.tk-help-text'))
        && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(toggle, false);
      toggle.focus();
    }
  });

  function reopen(event) {
    var wrap = event.target.closest && event.target.closest('.tk-term-wrap');
    if (wrap && !(event.relatedTarget && wrap.contains(event.relatedTarget))) {
      wrap.classList.remove('tk-term-closed');
    }
  }
  document.addEventListener('focusin', reopen);
  document.addEventListener('mouseover', reopen);

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', placeToggle);
  } else {
    placeToggle();
  }
})();

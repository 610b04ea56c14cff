/*
 * Accessibility repairs of PrimeFaces markup, run on load and after every Ajax update.
 * p:messages renders <ul><li role="alert">: a role on a list item breaks the list for screen
 * readers (axe: "list"). The alert role moves to the message box, which announces the same.
 * A table wider than its box scrolls sideways; a keyboard user can only scroll it when the box
 * can take the focus (axe: "scrollable-region-focusable"), so it becomes a named region.
 * A field that an Ajax update has just opened for typing (data-tk-focus, e.g. the review
 * page's comment box beside its line) takes the focus once.
 * A table that stacks its rows on a phone (.tk-stack) gives each cell its column's heading
 * (data-label, shown before the figure by portal.css), so a stacked figure keeps its name.
 * On a phone the main menu sits behind its button (#menuToggle): the button opens and closes
 * it and says so (aria-expanded); Escape closes it and gives the focus back to the button.
 * The file upload shows a progress bar per chosen file without a name (axe:
 * "aria-progressbar-name"); it gets one the moment it appears (a MutationObserver: the bar
 * comes and goes outside PrimeFaces' Ajax updates), naming the file.
 */
(function () {
  function repair() {
    document.querySelectorAll('.ui-messages li[role="alert"]').forEach(function (li) {
      li.removeAttribute('role');
      li.removeAttribute('aria-atomic');
      var box = li.closest('.ui-messages > div') || li.parentElement.parentElement;
      box.setAttribute('role', 'alert');
      box.setAttribute('aria-atomic', 'true');
    });
    document.querySelectorAll('.ui-datatable-tablewrapper, .tk-scroll').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
      if (scrolls && !box.hasAttribute('tabindex')) {
        var caption = box.querySelector('caption');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', (caption ? caption.textContent.trim() + ' – ' : '')
            + (document.documentElement.lang === 'sv' ? 'tabell, rulla i sidled' : 'table, scrolls sideways'));
      }
    });
  }
  function labelStackedCells() {
    document.querySelectorAll('table.tk-stack').forEach(function (table) {
      var rows = table.tHead ? table.tHead.rows : [];
      if (rows.length === 0) {
        return;
      }
      var labels = [];
      Array.from(rows[rows.length - 1].cells).forEach(function (th) {
        for (var i = 0; i < th.colSpan; i++) {
          labels.push(th.textContent.replace(/\s+/g, ' ').trim());
        }
      });
      Array.from(table.tBodies).concat(table.tFoot ? [table.tFoot] : []).forEach(function (section) {
        Array.from(section.rows).forEach(function (tr) {
          var column = 0;
          Array.from(tr.cells).forEach(function (cell) {
            if (cell.tagName === 'TD' && !cell.hasAttribute('data-label')) {
              cell.setAttribute('data-label', cell.colSpan === 1 && labels[column] ? labels[column] : '');
            }
            column += cell.colSpan;
          });
        });
      });
    });
  }
  function menuToggle() {
    var button = document.getElementById('menuToggle');
    var nav = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!nav) {
      return;
    }
    function show(open) {
      nav.classList.toggle('tk-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.offsetParent !== null) {
        show(false);
        button.focus();
      }
    });
  }
  function focusOpened() {
    var field = document.querySelector('[data-tk-focus]');
    if (field) {
      field.removeAttribute('data-tk-focus');
      field.focus();
      if (field.scrollIntoView) {
        field.scrollIntoView({block: 'nearest'});
      }
    }
  }
  function nameProgressBars() {
    document.querySelectorAll('.ui-fileupload [role="progressbar"]:not([aria-label])')
        .forEach(function (bar) {
          var row = bar.closest('.ui-fileupload-row');
          var file = row && row.querySelector('.ui-fileupload-filename');
          bar.setAttribute('aria-label', (document.documentElement.lang === 'sv' ? 'Uppladdning'
              : 'Upload') + (file ? ' – ' + file.textContent.trim() : ''));
        });
  }
  function watchUploads() {
    if (document.querySelector('.ui-fileupload') && window.MutationObserver) {
      new MutationObserver(function (changes) {
        if (changes.some(function (c) { return c.addedNodes.length > 0; })) {
          nameProgressBars();
        }
      }).observe(document.body, {childList: true, subtree: true});
    }
  }
  function afterAjax() {
    labelStackedCells();
    repair();
    focusOpened();
  }
  document.addEventListener('DOMContentLoaded', function () {
    labelStackedCells();
    menuToggle();
    repair();
    watchUploads();
  });
  window.addEventListener('resize', repair);
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', afterAjax);
  } else {
    document.addEventListener('DOMContentLoaded', function () {
      if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', afterAjax);
      }
    });
  }
})();

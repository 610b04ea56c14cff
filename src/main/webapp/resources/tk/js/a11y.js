/*
 * Accessibility repairs of PrimeFaces markup, run on load and after every Ajax update.
 * p:messages renders <ul><li role="alert">: a role on a list item breaks the list for screen
 * readers (axe: "list"). The alert role moves to the message box, which announces the same.
 * A table wider than its box scrolls sideways; a keyboard user can only scroll it when the box
 * can take the focus (axe: "scrollable-region-focusable"), so it becomes a named region.
 * A field that an Ajax update has just opened for typing (data-tk-focus, e.g. the review
 * page's comment box beside its line) takes the focus once.
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
  function afterAjax() {
    repair();
    focusOpened();
  }
  document.addEventListener('DOMContentLoaded', repair);
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

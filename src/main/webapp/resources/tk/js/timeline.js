/*
 * The plan page's p:timeline (PrimeFaces' vis-timeline) in the portal's language and colours.
 * Use as extender="tkTimeline" inside an element whose data-tk-timeline holds the settings
 * PlanTimeline makes (JSON, no script text under the Content-Security-Policy).
 *
 * vis-timeline writes its axis with its own moment.js in the browser's language, and falls
 * back to the last locale it bundles (Ukrainian) for a language it lacks; its locale option only
 * names its own few labels. So the portal's month and day names become a moment locale of their
 * own, and the timeline's moment (PrimeFaces' one, which keeps the time zone) uses it. Each item
 * is painted in its model's colour, as on the legend; the theme paints every item white.
 */
function tkTimeline() {
  var element = document.getElementById(this.id);
  var holder = element && element.closest('[data-tk-timeline]');
  var moment = window.vis && window.vis.moment;
  if (!holder || !moment) {
    return;
  }
  var settings = JSON.parse(holder.dataset.tkTimeline);
  var name = 'tk-' + settings.locale;
  if (moment.locales().indexOf(name) < 0) {
    var previous = moment.locale();
    moment.defineLocale(name, {
      months: settings.months,
      monthsShort: settings.monthsShort,
      weekdays: settings.weekdays,
      weekdaysShort: settings.weekdaysShort,
      weekdaysMin: settings.weekdaysMin
    });
    moment.locale(previous);
  }
  var base = this.cfg.opts.moment || moment;
  this.cfg.opts.moment = function (date) {
    return base(date).locale(name);
  };
  (this.cfg.data || []).forEach(function (item) {
    var colour = settings.colours[item.className];
    if (colour) {
      item.style = 'background-color:' + colour + ';border-color:' + colour + ';color:#fff';
    }
  });
}

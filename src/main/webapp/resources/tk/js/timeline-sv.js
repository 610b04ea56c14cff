/*
 * Swedish for PrimeFaces' p:timeline (vis-timeline with its own moment.js, which ships no
 * Swedish locale): month and day names on the axis and vis' own labels. Use as
 * extender="tkSwedishTimeline" together with locale="sv".
 */
function tkSwedishTimeline() {
  var m = window.vis && window.vis.moment;
  if (m && m.locales().indexOf('sv') < 0) {
    var previous = m.locale();
    m.defineLocale('sv', {
      months: 'januari_februari_mars_april_maj_juni_juli_augusti_september_oktober_november_december'.split('_'),
      monthsShort: 'jan_feb_mar_apr_maj_jun_jul_aug_sep_okt_nov_dec'.split('_'),
      weekdays: 'söndag_måndag_tisdag_onsdag_torsdag_fredag_lördag'.split('_'),
      weekdaysShort: 'sön_mån_tis_ons_tor_fre_lör'.split('_'),
      weekdaysMin: 'sö_må_ti_on_to_fr_lö'.split('_'),
      week: { dow: 1, doy: 4 }
    });
    m.locale(previous);
  }
  this.cfg.opts.locales = {
    sv: { current: 'nuvarande', time: 'tid', deleteSelected: 'Ta bort markerade' }
  };
}

/*
 * Draws the portal's charts (the tk:chart component). Each canvas carries its Chart.js
 * configuration as JSON in data-tk-chart, so no figure or name is ever written into script
 * text and the pages need no inline script under the Content-Security-Policy. Runs on load and
 * after every Ajax update: a new canvas gets its chart, a chart whose canvas was replaced is
 * destroyed.
 */
(function () {
  function draw() {
    if (!window.Chart) {
      return;
    }
    Object.values(Chart.instances).forEach(function (chart) {
      if (!chart.canvas || !chart.canvas.isConnected) {
        chart.destroy();
      }
    });
    document.querySelectorAll('canvas[data-tk-chart]').forEach(function (canvas) {
      if (!Chart.getChart(canvas) && canvas.dataset.tkChart) {
        new Chart(canvas, JSON.parse(canvas.dataset.tkChart));
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    draw();
    if (window.jQuery) {
      jQuery(document).on('pfAjaxComplete', draw);
    }
  });
})();

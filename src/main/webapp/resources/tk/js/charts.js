/*
 * Draws the portal's charts (the tk:chart component). Each canvas carries its Chart.js
 * configuration as JSON in data-tk-chart, so no figure or name is ever written into script
 * text and the pages need no inline script under the Content-Security-Policy. Runs on load and
 * after every Ajax update: a new canvas gets its chart, a chart whose canvas was replaced is
 * destroyed.
 *
 * What JSON cannot carry is added here, the same for every chart: the tooltip's title from the
 * configuration's tkTooltipTitles (an org's name beside the code on the axis, ChartJs in Java),
 * and legend and tooltip swatches filled with the series' colour, without the line's border or
 * dashes around them.
 */
(function () {
  var TITLES = 'tkTooltipTitles';

  /** The series' colour: a line's stroke, a bar's fill. */
  function seriesColour(chart, datasetIndex) {
    var set = chart.data.datasets[datasetIndex] || {};
    var colour = (set.type || chart.config.type) === 'line' ? set.borderColor : set.backgroundColor;
    return Array.isArray(colour) ? colour[0] : colour;
  }

  function legendLabels(chart) {
    return Chart.defaults.plugins.legend.labels.generateLabels(chart).map(function (item) {
      var colour = seriesColour(chart, item.datasetIndex);
      item.fillStyle = colour;
      item.strokeStyle = colour;
      item.lineWidth = 0;
      item.lineDash = [];
      return item;
    });
  }

  function tooltipColour(item) {
    var colour = item.element && item.element.options ? item.element.options.backgroundColor
      : seriesColour(item.chart, item.datasetIndex);
    return { borderColor: colour, backgroundColor: colour, borderWidth: 0, borderDash: [],
      borderRadius: 0 };
  }

  function child(object, key) {
    if (!object[key]) {
      object[key] = {};
    }
    return object[key];
  }

  function configure(config) {
    var titles = config[TITLES];
    delete config[TITLES];
    var plugins = child(child(config, 'options'), 'plugins');
    child(child(plugins, 'legend'), 'labels').generateLabels = legendLabels;
    var callbacks = child(child(plugins, 'tooltip'), 'callbacks');
    callbacks.labelColor = tooltipColour;
    if (Array.isArray(titles)) {
      callbacks.title = function (items) {
        return items.length ? titles[items[0].dataIndex] : '';
      };
    }
    return config;
  }

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
        new Chart(canvas, configure(JSON.parse(canvas.dataset.tkChart)));
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

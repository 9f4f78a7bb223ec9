// The HTML report's one page script (inlined, allowed by its sha256 in the page's Content-Security-Policy).
// It reads the report data from the JSON data block, draws each chart with Chart.js from the series the
// server computed, and shows the commits behind a bar or slice when it is clicked. Untrusted text only ever
// reaches the page through textContent, never as markup.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  // Okabe–Ito: distinguishable with the common colour-vision deficiencies; grey for "unknown".
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  const GREY = '#8C8C8C';
  const commits = new Map(data.report.commits.map((c) => [c.sha, c]));

  function colour(label, i) {
    return label === 'unknown' ? GREY : PALETTE[i % PALETTE.length];
  }

  // As on the server: controls folded, bidirectional and invisible characters shown as <U+XXXX>.
  const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
  function visible(text) {
    return String(text)
      .replace(INVISIBLE, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)
      .replace(CONTROL, ' ');
  }

  /** A label drawn on a canvas: visible characters, cut to fit beside the bars. */
  function short(label) {
    const v = visible(label);
    return v.length > 40 ? `${v.slice(0, 39)}…` : v;
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = visible(text);
    if (cls) e.className = cls;
    return e;
  }

  /** The commits behind one bar or slice, listed with their evidence. */
  function showEvidence(title, key) {
    const panel = document.getElementById('evidence');
    const list = key ? data.model.evidence[key] || [] : [];
    panel.replaceChildren(el('h2', title));
    if (list.length === 0) {
      panel.append(
        el('p', 'No commits are listed for this value (commits without evidence are only counted).'),
      );
    } else {
      const ul = el('ul');
      for (const sha of list) {
        const c = commits.get(sha);
        if (!c) continue;
        const li = el('li');
        li.append(el('code', sha.slice(0, 12)), ' ', el('span', c.subject || '', 'subject'));
        const agents = el('ul');
        for (const a of c.agents) {
          const rules = a.evidence.map((e) => `${e.rule}/${e.tier} ${e.strength} (${e.where})`).join(', ');
          agents.append(el('li', `${a.id}${a.model ? ` · ${a.model}` : ''} · ${a.strength}: ${rules}`));
          // Text only: the commits table below links the logs that are of their kind's exact shape.
          for (const l of a.decisionLogs || []) agents.append(el('li', `decision log: ${l.kind} ${l.value}`));
        }
        if (data.model.reviewOf[sha]) agents.append(el('li', `review: ${data.model.reviewOf[sha]}`));
        for (const r of c.riskPaths)
          agents.append(el('li', `risk path ${r.path} [${r.categories.join(', ')}]`));
        li.append(agents);
        ul.append(li);
      }
      panel.append(ul);
    }
    panel.hidden = false;
    panel.focus();
  }

  /** Category ticks show the label (folded and cut); value ticks their number. */
  function tick(value) {
    return this.type === 'category' ? short(this.getLabelForValue(value)) : value;
  }

  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
  for (const chart of data.model.charts) {
    const canvas = document.getElementById(`chart-${chart.id}`);
    if (!canvas || chart.labels.length === 0) continue;
    const doughnut = chart.kind === 'doughnut';
    const datasets = chart.series.map((s, i) => ({
      label: s.label,
      data: s.data,
      evidence: s.evidence,
      backgroundColor: doughnut ? chart.labels.map((l, j) => colour(l, j)) : colour(s.label, i),
      borderColor: '#ffffff',
      borderWidth: doughnut ? 2 : 0,
    }));
    new Chart(canvas, {
      type: doughnut ? 'doughnut' : 'bar',
      data: { labels: chart.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: chart.kind === 'horizontal-bar' ? 'y' : 'x',
        scales: doughnut
          ? {}
          : {
              x: { stacked: chart.kind === 'stacked-bar', ticks: { precision: 0, callback: tick } },
              y: { stacked: chart.kind === 'stacked-bar', ticks: { precision: 0, callback: tick } },
            },
        plugins: {
          legend: {
            display: doughnut || chart.series.length > 1,
            // Bar legends name datasets (agent ids); doughnut legends keep their controller's fixed labels.
            labels: doughnut
              ? {}
              : {
                  generateLabels: (c) =>
                    Chart.defaults.plugins.legend.labels
                      .generateLabels(c)
                      .map((l) => ({ ...l, text: short(l.text) })),
                },
          },
          tooltip: {
            callbacks: {
              title: (items) => items.map((it) => short(it.label)),
              footer: (items) =>
                items.some((it) => it.dataset.evidence[it.dataIndex])
                  ? 'Click for the commits behind it'
                  : '',
            },
          },
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (!hit) return;
          const ds = datasets[hit.datasetIndex];
          const label = chart.labels[hit.index];
          showEvidence(
            `${chart.title}: ${ds.label} · ${label} = ${ds.data[hit.index]}`,
            ds.evidence[hit.index],
          );
        },
      },
    });
  }
  // Printed, every commit's evidence is open.
  window.addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  document.body.dataset.rendered = 'true';
})();

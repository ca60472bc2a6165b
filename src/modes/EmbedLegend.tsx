/**
 * The embed's legend, over the map: the colour key always in sight, the whole legend (line
 * styles, symbols, shading) a click away. It is the app's one Legend; embed.css shows only its
 * colour key while collapsed.
 */
import { useState } from 'react';
import { Legend } from '../legend/Legend.tsx';
import './embed.css';

export function EmbedLegend() {
  const [expanded, setExpanded] = useState(false);
  return (
    // Over the map: names under it are hidden as under the map's buttons (covered-by-controls.ts).
    <div className="embed-legend" data-expanded={expanded} data-over-map>
      {/* Focusable while open: it may scroll, and keyboard readers scroll with the arrow keys. */}
      <div
        className="embed-legend-body"
        id="embed-legend-body"
        tabIndex={expanded ? 0 : undefined}
        role="group"
        aria-label="Full legend"
      >
        <Legend />
      </div>
      <button
        type="button"
        className="button embed-legend-toggle"
        aria-expanded={expanded}
        aria-controls="embed-legend-body"
        onClick={() => setExpanded(!expanded)}
      >
        {/* "Legend" alone in a phone's column (embed.css); its name stays "Full legend". */}
        <span className="label-more">Full </span>
        <span className="legend-word">legend</span> <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
      </button>
    </div>
  );
}

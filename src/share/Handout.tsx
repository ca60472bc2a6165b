/**
 * The classroom handout, laid out for A4 paper (handout.css): the map as it is now and its
 * legend, the key facts of the visible layers with the passages they rest on, discussion
 * questions for each chapter of the tour (none when the tour has no chapters), the documents
 * cited and how to cite the map. Every sentence about the world comes from the dataset.
 */
import { useEffect, useRef } from 'react';
import type { SeedEntry } from '../data/schema.ts';
import type { LegendModel } from '../legend/legend-model.ts';
import { PRINTED_EMPTY_LEGEND_TEXT } from '../legend/legend-model.ts';
import { RampCells, Sample } from '../legend/samples.tsx';
import type { Theme } from '../map/theme.ts';
import { SourceReference } from '../sources/SourceReference.tsx';
import type { ChapterQuestions, FactGroup } from './handout-content.ts';
import { APP_NAME } from '../app-name.ts';
import './handout.css';

export type HandoutProps = {
  caption: string;
  version: string;
  /** The map image (a blob: address), or null when the map could not be drawn. */
  mapUrl: string | null;
  theme: Theme;
  legend: LegendModel;
  facts: FactGroup[];
  chapters: ChapterQuestions[];
  seeds: SeedEntry[];
  citeAs: string;
};

export function Handout(props: HandoutProps & { onReady: () => void }) {
  const { caption, version, mapUrl, theme, legend, facts, chapters, seeds, citeAs, onReady } = props;
  const reported = useRef(false);
  const ready = () => {
    if (reported.current) return;
    reported.current = true;
    onReady();
  };
  useEffect(() => {
    if (!mapUrl) ready();
  });

  return (
    <article className="handout" aria-label="Classroom handout">
      <header className="handout-head">
        <h1>{APP_NAME}</h1>
        <p className="handout-kicker">Classroom handout</p>
        <p className="handout-caption">{caption}</p>
      </header>

      <div className="handout-map-block">
        <figure className="handout-map">
          {mapUrl ? (
            <img src={mapUrl} alt={`Map: ${caption}`} onLoad={ready} onError={ready} />
          ) : (
            <p>The map could not be drawn.</p>
          )}
        </figure>
        <section className="handout-legend" aria-label="Legend">
          <h2>Legend</h2>
          {legend.empty && <p>{PRINTED_EMPTY_LEGEND_TEXT}</p>}
          <ul>
            {legend.groups.flatMap((g) => [
              g.captioned && <li key={g.name}>{g.name}</li>,
              ...g.items.map((item) => (
                <li key={`${g.name}/${item.label}`}>
                  {/* On the map's own land colour, so a dark map's samples print as they look. */}
                  <span className="handout-sample" style={{ background: theme.land }}>
                    <Sample spec={item.sample} theme={theme} />
                  </span>
                  {item.label}
                </li>
              )),
            ])}
          </ul>
          {legend.ramp && (
            <div className="handout-ramp">
              <p>{legend.ramp.name}</p>
              <RampCells ramp={legend.ramp} />
            </div>
          )}
        </section>
      </div>

      <section className="handout-facts">
        <h2>Key facts on this map</h2>
        {facts.length === 0 && <p>No entry shown on this map gives a figure.</p>}
        {facts.map((group) => (
          <section key={group.layer}>
            <h3>{group.name}</h3>
            <ul>
              {group.facts.map((fact) => (
                <li key={fact.id} className="handout-fact">
                  <p className="handout-fact-title">
                    <strong>{fact.title}</strong> <span className="handout-when">({fact.when})</span>
                  </p>
                  <ul className="handout-figures">
                    {fact.figures.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                  </ul>
                  {fact.sources.map((s, i) => (
                    <blockquote key={i}>
                      “{s.quote}” <cite>{s.reference}</cite>
                    </blockquote>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      {chapters.length > 0 && (
        <section className="handout-questions">
          <h2>Questions for discussion</h2>
          {chapters.map((c) => (
            <section key={c.number}>
              <h3>
                Chapter {c.number}: {c.title}
              </h3>
              <ol>
                {c.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      )}

      <footer className="handout-sources">
        <h2>Sources</h2>
        {seeds.map((s) => (
          <SourceReference key={s.id} seed={s} />
        ))}
        <p>Basemap: Natural Earth (public domain).</p>
        <p className="handout-cite">
          <strong>Cite this map:</strong> {citeAs}
        </p>
        <p className="handout-version">{version}</p>
      </footer>
    </article>
  );
}

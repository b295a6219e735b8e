import type { JdDoc } from '#src/lib/job-descriptions/render.ts';

/** The live preview: the description as it will read, one heading level under the preview's own heading. React escapes every value. */
export default function Preview({ doc }: { doc: JdDoc }) {
  return (
    <article className="jd-preview-doc" aria-labelledby="jd-preview-title" data-print-alone>
      <h3 id="jd-preview-title">{doc.title}</h3>
      {doc.meta.length > 0 && (
        <dl>
          {doc.meta.map((m) => (
            <div key={m.label}>
              <dt>{m.label}</dt>
              <dd>{m.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {doc.sections.map((s) => (
        <section key={s.id} aria-labelledby={`jd-preview-${s.id}`}>
          <h4 id={`jd-preview-${s.id}`}>{s.heading}</h4>
          {s.paragraphs?.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {s.items && s.items.length > 0 && (
            <ul>
              {s.items.map((it, i) => (
                <li key={i}>{it}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

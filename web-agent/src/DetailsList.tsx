/** Labelled details, one per line ("Email  mila@example.com"); a detail without a value is left out. */
export type Detail = [label: string, value: string | undefined];

export function DetailsList({ rows }: { rows: Detail[] }) {
  return (
    <dl class="details">
      {rows.map(
        ([label, value]) =>
          value && (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ),
      )}
    </dl>
  );
}

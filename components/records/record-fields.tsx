/** A record's fields on its detail page, label beside value. */
export function RecordFields({ items }: { items: [label: string, value: React.ReactNode][] }) {
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded border border-stone-200 bg-white p-4 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-stone-600">{label}</dt>
          <dd className="whitespace-pre-wrap">{value === "" || value === null || value === undefined ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}

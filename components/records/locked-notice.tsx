/** Said above a record's forms when its year is locked (the report was submitted): edits will be refused. */
export function LockedNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="note" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
      {message}
    </p>
  );
}

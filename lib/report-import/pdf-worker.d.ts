// pdf.js's worker module ships without type declarations; it is only handed to pdf.js (see pdf.ts).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}

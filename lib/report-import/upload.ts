// One uploaded report file read on the server (a route handler posts it here): the same reading and checking as
// `report:check`, answered as JSON for the import pages. Limits: the request's size is checked before its body
// is read, then the file's own limits apply (source.ts). Reading happens on the server, so the page stays
// responsive however large the PDF.
import { checkFile } from "./batch";
import { MAX_FILE_BYTES } from "./source";

/** The JSON the import pages receive for a file: its summary line, and when read, the text and the report. */
export type UploadedReport = Awaited<ReturnType<typeof checkFile>>;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });

/** Room for the multipart envelope around the file. */
const ENVELOPE = 64 * 1024;

export async function readUploadedReport(request: Request): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_FILE_BYTES + ENVELOPE)
    return json({ error: `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，未读取。` }, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ error: "上传的内容无法读取，请重新选择文件。" }, 400);
  }
  const file = form.get("file");
  if (!(file instanceof File)) return json({ error: "请选择要读取的报告文件。" }, 400);
  if (file.size > MAX_FILE_BYTES)
    return json({ error: `文件“${file.name}”超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限，未读取。` }, 413);
  const checked = await checkFile(file.name, new Uint8Array(await file.arrayBuffer()));
  return json(checked);
}

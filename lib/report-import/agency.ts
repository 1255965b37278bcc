// Whether the agency named in a report's title is the agency importing it: 柏香镇 for 柏香镇人民政府.
import { labelKey } from "./normalise";

const SUFFIXES = ["人民政府", "政府"];

function core(name: string): string {
  const key = labelKey(name);
  const suffix = SUFFIXES.find((s) => key.endsWith(s) && key.length > s.length);
  return suffix ? key.slice(0, -suffix.length) : key;
}

export function sameAgency(titleName: string, agency: { name: string; reportTitleName?: string | null }): boolean {
  const named = core(titleName);
  return [agency.name, agency.reportTitleName ?? ""].some((name) => name && core(name) === named);
}

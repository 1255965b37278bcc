// The annual report, pure: format definitions, table values, validation, text and open-data rendering.
export * from "./format";
export * from "./tables";
export * from "./document";
export * from "./decimal";
export * from "./validation";
export { renderText, renderTableLines, formatCellValue } from "./render-text";
export * from "./open-data";

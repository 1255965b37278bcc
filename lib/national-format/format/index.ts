// The annual report format as data: one definition per vintage of every table of sections 二, 三, 四.
export type * from "./types";
export * from "./enums";
export { formatFor, getFormat, listCells, getCell, hasCell, VINTAGES, VINTAGE_NOTICES } from "./registry";
export { headerLeaves, headerDepth, type HeaderLeaf } from "./cells";
export { BALANCE_NOTE } from "./section3";
export * from "./mapping";
export * from "./labels";
export { table3Layout, table4Groups, type Table3Layout, type Table4Group } from "./structure";

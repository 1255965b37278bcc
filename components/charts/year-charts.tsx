import { Group } from "@visx/group";
import { Bar, BarStack } from "@visx/shape";
import { scaleBand, scaleLinear, scaleOrdinal } from "@visx/scale";
import { OUTCOME_GROUPS, REVIEW_RESULTS, type KeyFigures } from "@/lib/national-format/key-figures";
import type { YearFigures } from "@/lib/annual-report/figures-over-years";

/**
 * Year-over-year charts drawn on the server as plain SVG (visx: scales and shapes, no client script), so they
 * are in the cached public page, print, and appear without JavaScript. Each has its numbers in a table beside
 * it (the accessible form; the picture is hidden from screen readers). A year without a published report is a
 * gap, labelled 未发布, never a zero bar.
 */

const W = 560;
const H = 220;
const M = { top: 12, right: 8, bottom: 28, left: 36 };
const OUTCOME_COLORS = ["#1d4ed8", "#60a5fa", "#b91c1c", "#f59e0b", "#6b7280", "#a3a3a3"];
const REVIEW_COLORS = ["#15803d", "#b91c1c", "#6b7280", "#d6d3d1"];
const OUTLET_COLORS = ["#1d4ed8", "#b45309", "#15803d", "#7c3aed", "#be185d", "#0f766e"];

function Frame({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <figure
      className="chart min-w-0 break-inside-avoid rounded border border-stone-200 bg-white p-3"
      aria-labelledby={id}
    >
      <figcaption id={id} className="font-sans text-base font-semibold">
        {title}
      </figcaption>
      {children}
    </figure>
  );
}

function Axis({
  years,
  x,
  y,
  max,
}: {
  years: number[];
  x: (y: number) => number;
  y: (v: number) => number;
  max: number;
}) {
  const ticks = max <= 4 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max];
  return (
    <g fontSize={11} fill="#44403c">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e7e5e4" />
          <text x={M.left - 4} y={y(t) + 4} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      {years.map((year) => (
        <text key={year} x={x(year)} y={H - 8} textAnchor="middle">
          {year}
        </text>
      ))}
    </g>
  );
}

function Legend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-1">
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" fill={i.color} />
          </svg>
          {i.label}
        </li>
      ))}
    </ul>
  );
}

function Gap({ x, width, y0 }: { x: number; width: number; y0: number }) {
  return (
    <g>
      <rect x={x} y={M.top} width={width} height={y0 - M.top} fill="none" stroke="#a8a29e" strokeDasharray="4 3" />
      <text x={x + width / 2} y={y0 - 6} textAnchor="middle" fontSize={11} fill="#57534e">
        未发布
      </text>
    </g>
  );
}

function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { year: number; values: (number | null)[] | null }[];
}) {
  // Wide on a phone: the table scrolls inside its own box, never the page.
  return (
    <div className="mt-2 overflow-x-auto print:overflow-visible" tabIndex={0} role="group" aria-label={caption}>
      <table className="chart-table w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-stone-300 px-1 text-left">
              年度
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="border border-stone-300 px-1 text-right">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row" className="border border-stone-300 px-1 text-left font-normal">
                {r.year}
              </th>
              {r.values ? (
                r.values.map((v, i) => (
                  <td key={i} className="border border-stone-300 px-1 text-right tabular-nums">
                    {v ?? "—"}
                  </td>
                ))
              ) : (
                <td colSpan={columns.length} className="border border-stone-300 px-1 text-center text-stone-700">
                  未发布年度报告
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Stackable = { year: number } & Record<string, number>;

function StackedYears({
  years,
  keys,
  colors,
  values,
  marker,
  label,
}: {
  years: YearFigures[];
  keys: string[];
  colors: string[];
  values: (f: KeyFigures) => Record<string, number>;
  marker?: (f: KeyFigures) => number;
  label: string;
}) {
  const present = years.filter((y) => y.figures);
  const data: Stackable[] = present.map((y) => ({ year: y.year, ...values(y.figures!) }) as Stackable);
  const max = Math.max(
    1,
    ...data.map((d) => keys.reduce((s, k) => s + (d[k] ?? 0), 0)),
    ...present.map((y) => (marker ? marker(y.figures!) : 0)),
  );
  const x = scaleBand<number>({ domain: years.map((y) => y.year), range: [M.left, W - M.right], padding: 0.3 });
  const y = scaleLinear<number>({ domain: [0, max], range: [H - M.bottom, M.top], nice: true });
  const color = scaleOrdinal<string, string>({ domain: keys, range: colors });
  const yMax = y.domain()[1];
  const center = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
      <Axis years={years.map((y) => y.year)} x={center} y={y} max={yMax} />
      <BarStack<Stackable, string> data={data} keys={keys} x={(d) => d.year} xScale={x} yScale={y} color={color}>
        {(stacks) =>
          stacks.map((stack) =>
            stack.bars.map((bar) => (
              <rect
                key={`${stack.index}-${bar.index}`}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={Math.max(0, bar.height)}
                fill={bar.color}
              />
            )),
          )
        }
      </BarStack>
      {marker &&
        present.map((p) => (
          <g key={p.year}>
            <line
              x1={x(p.year)! - 4}
              x2={x(p.year)! + x.bandwidth() + 4}
              y1={y(marker(p.figures!))}
              y2={y(marker(p.figures!))}
              stroke="#0c0a09"
              strokeWidth={2}
            />
          </g>
        ))}
      {years
        .filter((yr) => !yr.figures)
        .map((yr) => (
          <Gap key={yr.year} x={x(yr.year)!} width={x.bandwidth()} y0={H - M.bottom} />
        ))}
    </svg>
  );
}

/** 依申请公开: 本年新收 (the black line) and the mix of outcomes over the years. */
export function ApplicationsChart({ years, id, title }: { years: YearFigures[]; id: string; title?: string }) {
  const keys = OUTCOME_GROUPS.map((g) => g.key);
  return (
    <Frame id={id} title={title ?? "政府信息公开申请：本年新收与办理结果"}>
      <StackedYears
        years={years}
        keys={keys}
        colors={OUTCOME_COLORS}
        values={(f) => f.outcomes}
        marker={(f) => f.received}
        label="依申请公开各年度本年新收与办理结果柱状图，数字见下表"
      />
      <Legend
        items={[
          ...OUTCOME_GROUPS.map((g, i) => ({ label: g.label, color: OUTCOME_COLORS[i] })),
          { label: "本年新收（横线）", color: "#0c0a09" },
        ]}
      />
      <DataTable
        caption={`${title ?? "政府信息公开申请"}：各年度数字`}
        columns={["本年新收", ...OUTCOME_GROUPS.map((g) => g.label), "办理结果总计", "结转下年度"]}
        rows={years.map((y) => ({
          year: y.year,
          values: y.figures && [
            y.figures.received,
            ...OUTCOME_GROUPS.map((g) => y.figures!.outcomes[g.key]),
            y.figures.closed,
            y.figures.carriedForward,
          ],
        }))}
      />
    </Frame>
  );
}

/** 行政复议 and 行政诉讼 by result over the years: two stacked bars a year. */
export function ReviewsChart({ years, id, title }: { years: YearFigures[]; id: string; title?: string }) {
  const keys = REVIEW_RESULTS.map((r) => r.key);
  const x = scaleBand<number>({ domain: years.map((y) => y.year), range: [M.left, W - M.right], padding: 0.25 });
  const max = Math.max(
    1,
    ...years.flatMap((y) => (y.figures ? [y.figures.reconsideration.total, y.figures.litigation.total] : [])),
  );
  const yScale = scaleLinear<number>({ domain: [0, max], range: [H - M.bottom, M.top], nice: true });
  const half = x.bandwidth() / 2;
  const stack = (f: KeyFigures["reconsideration"], x0: number, year: number, kind: string) => {
    let top = H - M.bottom;
    return keys.map((k, i) => {
      const h = H - M.bottom - yScale(f[k]);
      top -= h;
      return <Bar key={`${year}-${kind}-${k}`} x={x0} y={top} width={half - 2} height={h} fill={REVIEW_COLORS[i]} />;
    });
  };
  return (
    <Frame id={id} title={title ?? "行政复议、行政诉讼结果"}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
        role="img"
        aria-label="各年度行政复议、行政诉讼结果柱状图，数字见下表"
      >
        <Axis
          years={years.map((y) => y.year)}
          x={(year) => (x(year) ?? 0) + half}
          y={yScale}
          max={yScale.domain()[1]}
        />
        {years.map((y) =>
          y.figures ? (
            <Group key={y.year}>
              {stack(y.figures.reconsideration, x(y.year)!, y.year, "r")}
              {stack(y.figures.litigation, x(y.year)! + half, y.year, "l")}
              <text x={x(y.year)! + half / 2} y={H - M.bottom + 10} fontSize={9} textAnchor="middle" fill="#44403c">
                复议
              </text>
              <text x={x(y.year)! + half * 1.5} y={H - M.bottom + 10} fontSize={9} textAnchor="middle" fill="#44403c">
                诉讼
              </text>
            </Group>
          ) : (
            <Gap key={y.year} x={x(y.year)!} width={x.bandwidth()} y0={H - M.bottom} />
          ),
        )}
      </svg>
      <Legend items={REVIEW_RESULTS.map((r, i) => ({ label: r.label, color: REVIEW_COLORS[i] }))} />
      <DataTable
        caption={`${title ?? "行政复议、行政诉讼结果"}：各年度数字`}
        columns={[
          ...REVIEW_RESULTS.map((r) => `复议${r.label}`),
          "复议总计",
          ...REVIEW_RESULTS.map((r) => `诉讼${r.label}`),
          "诉讼总计",
        ]}
        rows={years.map((y) => ({
          year: y.year,
          values: y.figures && [
            ...REVIEW_RESULTS.map((r) => y.figures!.reconsideration[r.key]),
            y.figures.reconsideration.total,
            ...REVIEW_RESULTS.map((r) => y.figures!.litigation[r.key]),
            y.figures.litigation.total,
          ],
        }))}
      />
    </Frame>
  );
}

/** 信息上报 by outlet over the years: per outlet a bar of items sent, its adopted part darker inside. */
export function SubmissionsChart({ years, id, title }: { years: YearFigures[]; id: string; title?: string }) {
  const outlets = [...new Set(years.flatMap((y) => y.submissions?.byOutlet.map((o) => o.name) ?? []))];
  const x = scaleBand<number>({ domain: years.map((y) => y.year), range: [M.left, W - M.right], padding: 0.2 });
  const inner = scaleBand<string>({ domain: outlets, range: [0, x.bandwidth()], padding: 0.1 });
  const max = Math.max(1, ...years.flatMap((y) => y.submissions?.byOutlet.map((o) => o.submitted) ?? []));
  const yScale = scaleLinear<number>({ domain: [0, max], range: [H - M.bottom, M.top], nice: true });
  const base = H - M.bottom;
  return (
    <Frame id={id} title={title ?? "信息上报与采用（按报送渠道）"}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
        role="img"
        aria-label="各年度按渠道的信息上报与采用柱状图，数字见下表"
      >
        <Axis
          years={years.map((y) => y.year)}
          x={(year) => (x(year) ?? 0) + x.bandwidth() / 2}
          y={yScale}
          max={yScale.domain()[1]}
        />
        {years.map((y) =>
          y.submissions ? (
            <Group key={y.year} left={x(y.year)!}>
              {y.submissions.byOutlet.map((o) => {
                const color = OUTLET_COLORS[outlets.indexOf(o.name) % OUTLET_COLORS.length];
                return (
                  <g key={o.name}>
                    <Bar
                      x={inner(o.name)!}
                      y={yScale(o.submitted)}
                      width={inner.bandwidth()}
                      height={base - yScale(o.submitted)}
                      fill={color}
                      fillOpacity={0.35}
                      stroke={color}
                    />
                    <Bar
                      x={inner(o.name)!}
                      y={yScale(o.adopted)}
                      width={inner.bandwidth()}
                      height={base - yScale(o.adopted)}
                      fill={color}
                    />
                  </g>
                );
              })}
            </Group>
          ) : (
            <Gap key={y.year} x={x(y.year)!} width={x.bandwidth()} y0={base} />
          ),
        )}
      </svg>
      <Legend items={outlets.map((name, i) => ({ label: name, color: OUTLET_COLORS[i % OUTLET_COLORS.length] }))} />
      <p className="text-sm text-stone-700">浅色为报送数，深色为采用数。</p>
      <DataTable
        caption={`${title ?? "信息上报与采用"}：各年度数字`}
        columns={[...outlets.flatMap((o) => [`${o}报送`, `${o}采用`]), "报送合计（篇）", "采用合计（篇）"]}
        rows={years.map((y) => ({
          year: y.year,
          values: y.submissions && [
            ...outlets.flatMap((name) => {
              const o = y.submissions!.byOutlet.find((b) => b.name === name);
              return [o?.submitted ?? 0, o?.adopted ?? 0];
            }),
            y.submissions.submitted,
            y.submissions.adopted,
          ],
        }))}
      />
    </Frame>
  );
}

/** The three charts of one agency (or the county's sum). */
export function YearCharts({ years, idPrefix, heading }: { years: YearFigures[]; idPrefix: string; heading?: string }) {
  if (!years.length) return <p className="text-stone-700">还没有已发布的年度报告，暂无图表。</p>;
  return (
    <div className="grid grid-cols-1 gap-4" data-testid={`${idPrefix}-charts`}>
      {heading && <h3 className="font-sans text-base font-semibold">{heading}</h3>}
      <ApplicationsChart years={years} id={`${idPrefix}-applications`} />
      <ReviewsChart years={years} id={`${idPrefix}-reviews`} />
      <SubmissionsChart years={years} id={`${idPrefix}-submissions`} />
    </div>
  );
}

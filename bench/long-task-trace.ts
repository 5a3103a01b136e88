// Says what a page's long tasks were made of, from a Chromium trace (`devtools.timeline`): the longtask API only
// counts them, and a count moves with timing (the same layout can land just before or just after DOMContentLoaded).
// Each task on the page's main thread after DOMContentLoaded is split into Castmark's scripts (anything running from
// chrome-extension://, including the style and layout it forces), the page's scripts, and rendering (style, layout,
// paint outside any script).
import type { Page } from '../tests/e2e/browser';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.callFunction', 'V8.Execute']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest']);
const LONG_TASK_US = 50_000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

export interface LongTaskMakeup {
  ms: number;
  castmarkMs: number;
  pageScriptMs: number;
  renderingMs: number;
  /** Part of renderingMs: style recalculation (a whole-document one follows adopting a stylesheet). */
  styleMs: number;
}

/** Loads `url` in a new tab under tracing, waits for `ready` and then `settleMs`, and returns the makeup of each long task. */
export async function traceLongTasks(newPage: () => Promise<Page>, url: string, ready: (page: Page) => Promise<unknown>, settleMs = 1_500): Promise<LongTaskMakeup[]> {
  const page = await newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, ((data: { value: TraceEvent[] }) => events.push(...data.value)) as never);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete' as never, resolve as never));
  await cdp.send('Tracing.start' as never, { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' } as never);
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end' as never);
  await complete;
  await cdp.detach();
  await page.close();
  return longTaskMakeup(events);
}

export function longTaskMakeup(events: TraceEvent[]): LongTaskMakeup[] {
  const dcl = events.find((e) => e.name === 'MarkDOMContent');
  if (!dcl) return [];
  const onMainThread = events.filter((e) => e.pid === dcl.pid && e.tid === dcl.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMainThread.filter((e) => e.name === 'RunTask' && e.ts >= dcl.ts && e.dur! > LONG_TASK_US);
  return tasks.map((task) => {
    const inside = onMainThread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const makeup: LongTaskMakeup = { ms: task.dur! / 1000, castmarkMs: 0, pageScriptMs: 0, renderingMs: 0, styleMs: 0 };
    let coveredUntil = 0;
    for (const event of inside) {
      if (event.ts < coveredUntil) continue; // nested in an event already counted
      const end = event.ts + event.dur!;
      if (SCRIPT_EVENTS.has(event.name)) {
        const nested = inside.filter((e) => e.ts >= event.ts && e.ts + e.dur! <= end);
        const fromExtension = nested.some((e) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://'));
        if (fromExtension) makeup.castmarkMs += event.dur! / 1000;
        else makeup.pageScriptMs += event.dur! / 1000;
        coveredUntil = end;
      } else if (RENDER_EVENTS.has(event.name)) {
        makeup.renderingMs += event.dur! / 1000;
        if (event.name === 'UpdateLayoutTree') makeup.styleMs += event.dur! / 1000;
        coveredUntil = end;
      }
    }
    return makeup;
  });
}

export function describeLongTasks(tasks: LongTaskMakeup[]): string {
  if (!tasks.length) return 'none';
  const r = (n: number) => n.toFixed(0);
  return tasks.map((t) => `${r(t.ms)} ms (rendering ${r(t.renderingMs)} of which style ${r(t.styleMs)}, page scripts ${r(t.pageScriptMs)}, Castmark ${r(t.castmarkMs)})`).join('; ');
}

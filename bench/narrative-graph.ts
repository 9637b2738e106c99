import type { Page } from 'playwright-core';
import { installProbes, launchBrowser, newPage } from './lib/browser';
import { addCharacters, fixtureServer } from './lib/fixture-server';
import { median, ms, type Bench } from './lib/report';

type Size = { sections: number; decisions: number; triggers: number };

/** Columns of six sections, left to right, as a designer's saved graph has them; positions go through the API like any client's. */
const positionOf = (index: number) => ({ x: Math.floor(index / 6) * 460, y: (index % 6) * 150 });

/**
 * A character's graph built through the API as any client would: sections with their positions,
 * then each section's decisions (two on average: the next section and one a few further on), then
 * triggers.
 */
async function buildGraph(url: string, charID: string, size: Size) {
  const post = async <T>(path: string, body: Record<string, unknown>) => {
    const response = await fetch(`${url}/api/character/narrative/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ character_id: charID, ...body }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const ids: string[] = [];
  for (let index = 0; index < size.sections; index += 1) {
    const { section_id } = await post<{ section_id: string }>('create-section', {
      section_name: `Section ${index + 1}`,
      objective: `Objective of section ${index + 1}: talk the player towards the next stage of the story.`,
      node_position: positionOf(index),
    });
    ids.push(section_id);
  }
  let left = size.decisions;
  for (let index = 0; index < size.sections && left > 0; index += 1) {
    const perSection = Math.ceil(left / (size.sections - index));
    const decisions = Array.from({ length: perSection }, (_unused, nth) => ({
      criteria: `The player chooses path ${nth + 1} from section ${index + 1}`,
      next_section_id: ids[(index + 1 + nth * (2 + ((index * 7) % 5))) % ids.length],
    }));
    left -= decisions.length;
    await post('edit-section', { section_id: ids[index], updated_data: { decisions } });
  }
  for (let index = 0; index < size.triggers; index += 1) {
    await post('create-trigger', {
      trigger_name: `trigger_${index + 1}`,
      trigger_message: `Trigger ${index + 1} fired by the game.`,
      destination_section: ids[Math.floor(((index + 1) * ids.length) / (size.triggers + 1))],
      node_position: { x: -400, y: index * 120 },
    });
  }
}

/**
 * Notes, on the page's clock, the first painted frame in which the graph is on screen: nodes in the
 * page, none still hidden for measuring (React Flow shows a node once it knows its size), and the
 * decisions' arrows drawn.
 */
async function watchGraph(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const check = () => {
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      const shown =
        nodes.length > 0 &&
        [...nodes].every((node) => node.style.visibility !== 'hidden') &&
        document.querySelector('.react-flow__edge') !== null;
      if (shown) w.__graphShownAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __graphShownAt?: number; __paintedAfter: (t: number) => number | null };
      return w.__graphShownAt === undefined ? NaN : (w.__paintedAfter(w.__graphShownAt) ?? w.__graphShownAt);
    });
}

/** When both of the graph's lists had arrived, on the page's clock. */
const listsArrived = (page: Page) =>
  page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const end = (part: string) => entries.filter((entry) => entry.name.includes(part)).at(-1)?.responseEnd ?? NaN;
    return Math.max(end('/narrative/list-sections'), end('/narrative/list-triggers'));
  });

/** Drags the section card nearest the middle of the graph for `duration` ms, a small step a frame; the longest task meanwhile (drop included). */
async function dragNode(page: Page, duration: number) {
  const canvas = await page.getByTestId('narrative-graph').boundingBox();
  if (!canvas) throw new Error('the graph is not on screen');
  const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  const cards = await page.locator('.react-flow__node-section').evaluateAll((nodes, point) => {
    const inView = nodes
      .map((node) => node.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.left >= 0 && box.right <= window.innerWidth && box.top >= 0 && box.bottom <= window.innerHeight)
      .map((box) => ({ x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 12) }));
    return inView.sort((a, b) => Math.hypot(a.x - point.x, a.y - point.y) - Math.hypot(b.x - point.x, b.y - point.y));
  }, middle);
  const grab = cards[0];
  if (!grab) throw new Error('no section card in view to drag');
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const began = Date.now();
  let moves = 0;
  while (Date.now() - began < duration) {
    moves += 1;
    // A slow circle, so the node keeps moving across its neighbours and its arrows keep redrawing.
    const angle = moves / 12;
    await page.mouse.move(grab.x + Math.sin(angle) * 120 + moves * 0.5, grab.y + (1 - Math.cos(angle)) * 80);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  // The drop: the position saved, the graph's data updated.
  await page.waitForTimeout(600);
  const longTasks = await page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
  return { longest: Math.max(0, ...longTasks), count: longTasks.length, moves };
}

/** A large narrative graph: how soon it is on screen once its data is in, and whether dragging a node keeps the page responsive. */
export const narrativeGraph: Bench = {
  name: 'narrative-graph',
  async run({ smoke, log }) {
    const size: Size = smoke ? { sections: 30, decisions: 60, triggers: 2 } : { sections: 300, decisions: 600, triggers: 5 };
    const runs = smoke ? 1 : 5;
    const dragFor = smoke ? 500 : 2_000;
    let characterId = '';
    // The lists are held back a moment, so "after the data arrives" measures the page's own work,
    // not the wait for its code.
    const server = await fixtureServer({
      fill: (db, userId) => {
        [characterId] = addCharacters(db, userId, 1);
      },
      delay: { paths: ['/narrative/list-sections', '/narrative/list-triggers'], ms: 1_500 },
    });
    const browser = await launchBrowser();
    const shown: number[] = [];
    const longest: number[] = [];
    try {
      await buildGraph(server.url, characterId, size);
      for (let run = 0; run < runs; run += 1) {
        const page = await newPage(browser);
        await installProbes(page);
        const graphShown = await watchGraph(page);
        await page.goto(`${server.url}/characters/${characterId}/narrative`);
        await page.locator('.react-flow__edge').first().waitFor();
        await page.waitForTimeout(1_000);
        const after = (await graphShown()) - (await listsArrived(page));
        shown.push(after);
        const nodesInPage = await page.locator('.react-flow__node').count();
        const drag = await dragNode(page, dragFor);
        longest.push(drag.longest);
        log(
          `  run ${run + 1}: graph on screen ${ms(after)} after its data arrived (${nodesInPage} nodes in the page); drag of ${dragFor} ms (${drag.moves} moves): longest task ${ms(drag.longest)}, ${drag.count} over 50 ms`,
        );
        await page.context().close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const graph = `narrative graph of ${size.sections} sections, ${size.decisions} decisions, ${size.triggers} triggers`;
    return [
      {
        what: `${graph}: on screen after the data arrives`,
        measured: `median ${ms(median(shown))}`,
        target: '≤ 300 ms',
        met: median(shown) <= 300,
      },
      {
        what: `${graph}: longest main-thread task while dragging a node for ${dragFor / 1000} s`,
        measured: `${ms(Math.max(...longest))} (median of runs ${ms(median(longest))})`,
        target: '≤ 50 ms',
        met: Math.max(...longest) <= 50,
      },
    ];
  },
};

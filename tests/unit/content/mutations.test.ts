// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { MutationWatcher } from '../../../content/mutations';

function watch() {
  const rescans: Node[] = [];
  let prunes = 0;
  const watcher = new MutationWatcher(document, { rescan: (root) => rescans.push(root), pruneDetached: () => prunes++ });
  watcher.observe(document);
  const flush = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the observer deliver
    watcher.flush();
  };
  return { watcher, rescans, flush, prunes: () => prunes };
}

describe('MutationWatcher', () => {
  test('a new block is rescanned on its own, new inline text rescans the block around it', async () => {
    document.body.innerHTML = '<main id="feed"></main><p id="line">Starring </p>';
    const { watcher, rescans, flush } = watch();
    const row = document.createElement('section');
    row.innerHTML = '<p>Squid Game</p>';
    document.getElementById('feed')!.append(row);
    const bold = document.createElement('b');
    bold.textContent = 'Lee Jung-jae';
    document.getElementById('line')!.append(bold);
    await flush();
    expect(rescans).toEqual([row, document.getElementById('line')]);
    watcher.disconnect();
  });

  test('edited text rescans only its block; removals drop marks', async () => {
    document.body.innerHTML = '<div><p id="a">Squid <i>Game</i></p><p id="b">Other</p></div>';
    const { watcher, rescans, flush, prunes } = watch();
    document.querySelector('i')!.firstChild!.textContent = 'Games';
    document.getElementById('b')!.remove();
    await flush();
    expect(rescans).toEqual([document.getElementById('a')]);
    expect(prunes()).toBe(1);
    watcher.disconnect();
  });

  test('typing in an editor or a text area causes no rescan', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="draft">Draft</p></div><textarea id="t">x</textarea>';
    const { watcher, rescans, flush } = watch();
    document.getElementById('draft')!.firstChild!.textContent = 'Draft: Jenna Ortega';
    document.getElementById('t')!.textContent = 'Park Hae-soo';
    await flush();
    expect(rescans).toEqual([]);
    watcher.disconnect();
  });

  test('a flood of changes in one batch becomes one rescan of the document', async () => {
    document.body.innerHTML = '<main id="feed"></main>';
    const { watcher, rescans, flush } = watch();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 400; i++) {
      const p = document.createElement('p');
      p.textContent = `Row ${i}`;
      feed.append(p);
    }
    await flush();
    expect(rescans).toEqual([document]);
    watcher.disconnect();
  });
});
